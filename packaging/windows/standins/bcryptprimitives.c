/* Stand-in for bcryptprimitives.dll's ProcessPrng, which Wine 8 lacks and cryptography's Rust
 * module imports: the same random bytes from advapi32's RtlGenRandom (SystemFunction036).
 * Built into the BUILD PREFIX's system32 only, never shipped (wine_build.py checks). */
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
