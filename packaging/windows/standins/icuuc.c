/* Stand-in for Windows' own icuuc.dll, which Wine 8 lacks and Qt6Core.dll imports (its ICU
 * text codecs). Built with mingw into the BUILD PREFIX's system32 only (never into the app's
 * folder or the MSI: packaging/windows/wine_build.py checks): every converter fails to open,
 * so Qt falls back to its built-in UTF-8/UTF-16/Latin-1 codecs, which are all the app uses.
 * A real Windows 10 1903 or later has the real icuuc.dll. */
#define EXPORT __declspec(dllexport)
#define U_FILE_ACCESS_ERROR 4
EXPORT void *ucnv_open(const char *name, int *err) {
    (void)name;
    if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR;
    return 0;
}
EXPORT int ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int n) { (void)n; return 0; }
EXPORT const char *ucnv_getStandardName(const char *n, const char *s, int *err) {
    (void)n; (void)s;
    if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR;
    return 0;
}
#define STUB(f) EXPORT void *f(void) { return 0; }
STUB(ucnv_close) STUB(UCNV_FROM_U_CALLBACK_SUBSTITUTE) STUB(UCNV_TO_U_CALLBACK_SUBSTITUTE)
STUB(ucnv_reset) STUB(ucnv_getMaxCharSize) STUB(ucnv_getName) STUB(ucnv_getToUCallBack)
STUB(ucnv_getFromUCallBack) STUB(ucnv_setToUCallBack) STUB(ucnv_setFromUCallBack)
STUB(ucnv_cbToUWriteUChars) STUB(ucnv_toUnicode) STUB(ucnv_cbFromUWriteUChars)
STUB(ucnv_toUCountPending) STUB(ucnv_fromUCountPending) STUB(ucnv_fromUnicode)
