#!/bin/sh
# Authenticode signing on Linux with osslsigncode: executables first, then the MSI.
#
#   sign.sh --cert CERT.pem --key KEY.pem [--timestamp URL] FILE...
#   sign.sh --pkcs12 CERT.pfx [--pass-file FILE] [--timestamp URL] FILE...
#   sign.sh --verify [--ca CA.pem] FILE...
#
# Each FILE is signed in place (SHA-256). Sign the .exe and .dll files of the one-folder build
# before building the MSI, then the MSI itself: Windows checks both. --timestamp URL (an RFC 3161
# time-stamping server, e.g. your certificate authority's) keeps signatures valid after the
# certificate expires; use it for every release. --verify checks signatures (against CA.pem
# instead of the system's roots, e.g. a test certificate).
set -eu
mode=sign; cert=""; key=""; pkcs12=""; passfile=""; ts=""; ca=""
while [ $# -gt 0 ]; do
  case "$1" in
    --cert) cert=$2; shift 2;;
    --key) key=$2; shift 2;;
    --pkcs12) pkcs12=$2; shift 2;;
    --pass-file) passfile=$2; shift 2;;
    --timestamp) ts=$2; shift 2;;
    --verify) mode=verify; shift;;
    --ca) ca=$2; shift 2;;
    --) shift; break;;
    -*) echo "sign.sh: unknown option $1" >&2; exit 2;;
    *) break;;
  esac
done
[ $# -gt 0 ] || { echo "sign.sh: no file to sign or verify" >&2; exit 2; }
command -v osslsigncode >/dev/null || { echo "sign.sh: osslsigncode is not installed" >&2; exit 2; }

if [ "$mode" = verify ]; then
  for f in "$@"; do
    if [ -n "$ca" ]; then osslsigncode verify -CAfile "$ca" -in "$f" >/dev/null
    else osslsigncode verify -in "$f" >/dev/null; fi
    echo "verified: $f"
  done
  exit 0
fi

if [ -z "$pkcs12" ] && { [ -z "$cert" ] || [ -z "$key" ]; }; then
  echo "sign.sh: give --cert and --key, or --pkcs12" >&2; exit 2
fi
sign_one() {  # $1: file; a function has its own "$@" to build the command line in
  file=$1
  if [ -n "$pkcs12" ]; then set -- -pkcs12 "$pkcs12"; else set -- -certs "$cert" -key "$key"; fi
  if [ -n "$passfile" ]; then set -- "$@" -readpass "$passfile"; fi
  if [ -n "$ts" ]; then set -- "$@" -ts "$ts"; fi
  if ! osslsigncode sign "$@" -h sha256 -n facilitator-app -in "$file" -out "$file.signing" \
      >/dev/null; then
    rm -f "$file.signing"; echo "sign.sh: could not sign $file" >&2; exit 1
  fi
  mv "$file.signing" "$file"
  echo "signed: $file"
}
for f in "$@"; do sign_one "$f"; done
