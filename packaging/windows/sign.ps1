<#
.SYNOPSIS
  Sign facilitator-app on Windows with signtool: every executable of the one-folder build
  first, then the MSI built from it; then verify them.

.EXAMPLE
  # Certificate in the machine's store or on a token/HSM, chosen by its SHA-1 thumbprint:
  .\packaging\windows\sign.ps1 -Thumbprint 0123...ABCD -Timestamp http://timestamp.example.org `
      -Build dist\facilitator-app
  # ... build the MSI from dist\facilitator-app (see packaging\README.md), then:
  .\packaging\windows\sign.ps1 -Thumbprint 0123...ABCD -Timestamp http://timestamp.example.org `
      -Files dist\facilitator-app-0.1.0-x64.msi

.EXAMPLE
  # A .pfx file (the password is asked for, never written on the command line):
  .\packaging\windows\sign.ps1 -Pfx release.pfx -Build dist\facilitator-app
#>
[CmdletBinding(DefaultParameterSetName = "Store")]
param(
    [Parameter(ParameterSetName = "Store", Mandatory)] [string] $Thumbprint,
    [Parameter(ParameterSetName = "Pfx", Mandatory)] [string] $Pfx,
    # RFC 3161 time-stamping server of the certificate's authority: signatures then stay valid
    # after the certificate expires. Leave it out only for test builds.
    [string] $Timestamp,
    # The one-folder build: its .exe, .dll and .pyd files are signed.
    [string] $Build,
    # Further files to sign, e.g. the MSI.
    [string[]] $Files = @(),
    [string] $Description = "Ministère ouvert — facilitator-app"
)
$ErrorActionPreference = "Stop"

$signtool = Get-Command signtool.exe -ErrorAction SilentlyContinue
if (-not $signtool) {
    $kit = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName | Select-Object -Last 1
    if (-not $kit) { throw "signtool.exe not found: install the Windows SDK" }
    $signtool = $kit.FullName
}

$targets = @()
if ($Build) {
    $targets += Get-ChildItem -Path $Build -Recurse -Include *.exe, *.dll, *.pyd |
        ForEach-Object { $_.FullName }
}
$targets += $Files
if (-not $targets) { throw "nothing to sign: give -Build and/or -Files" }

$arguments = @("sign", "/fd", "SHA256", "/d", $Description)
if ($PSCmdlet.ParameterSetName -eq "Store") {
    $arguments += @("/sha1", $Thumbprint)
} else {
    $password = Read-Host -AsSecureString "Password of $Pfx"
    $plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto(
        [Runtime.InteropServices.Marshal]::SecureStringToBSTR($password))
    $arguments += @("/f", $Pfx, "/p", $plain)
}
if ($Timestamp) { $arguments += @("/tr", $Timestamp, "/td", "SHA256") }
else { Write-Warning "no -Timestamp: the signatures expire with the certificate" }

# signtool takes many files at once; batches keep the command line short.
for ($i = 0; $i -lt $targets.Count; $i += 50) {
    $batch = $targets[$i..([Math]::Min($i + 49, $targets.Count - 1))]
    & $signtool @arguments @batch
    if ($LASTEXITCODE -ne 0) { throw "signtool sign failed" }
}
foreach ($file in $targets) {
    & $signtool verify /pa /q $file
    if ($LASTEXITCODE -ne 0) { throw "signature of $file does not verify" }
}
Write-Host "signed and verified $($targets.Count) files"
