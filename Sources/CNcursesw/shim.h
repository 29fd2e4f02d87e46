#ifndef HELPDESK_CNCURSESW_SHIM_H
#define HELPDESK_CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so ask for the wide API here. */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <curses.h>
#include <langinfo.h>

/* glibc hides these without _XOPEN_SOURCE. */
extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);

/* Macros and globals Swift cannot import or read under strict concurrency. */
static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_dim(void) { return A_DIM; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_italic(void) { return A_ITALIC; }
static inline int shim_key_f(int n) { return KEY_F(n); }
static inline FILE *shim_stdout(void) { return stdout; }
static inline FILE *shim_stdin(void) { return stdin; }
static inline FILE *shim_stderr(void) { return stderr; }

/* The character encoding of the current locale ("UTF-8" when setlocale found a UTF-8 locale). */
static inline const char *shim_codeset(void) { return nl_langinfo(CODESET); }
static inline int shim_err(void) { return ERR; }
static inline int shim_ok(void) { return OK; }
static inline int shim_key_code_yes(void) { return KEY_CODE_YES; }

/* stdscr-based macros (attr_set, move, get_wch, timeout, refresh are macros or stdscr-bound). */
static inline int shim_attr_set(attr_t attrs, short pair) { return wattr_set(stdscr, attrs, pair, NULL); }
static inline int shim_move(int y, int x) { return wmove(stdscr, y, x); }
static inline int shim_get_wch(wint_t *ch) { return wget_wch(stdscr, ch); }
static inline void shim_timeout(int ms) { wtimeout(stdscr, ms); }
static inline int shim_refresh(void) { return wrefresh(stdscr); }
static inline int shim_keypad(int on) { return keypad(stdscr, on ? TRUE : FALSE); }
static inline int shim_clearok(int on) { return clearok(curscr, on ? TRUE : FALSE); }
static inline int shim_mvaddnwstr(int y, int x, const wchar_t *s, int n) { return mvwaddnwstr(stdscr, y, x, s, n); }

/* Reading the curses screen back (headless tests, diagnostics). */
static inline int shim_mvinnwstr(int y, int x, wchar_t *s, int n) { return mvwinnwstr(stdscr, y, x, s, n); }
static inline int shim_cell_pair(int y, int x) {
    cchar_t c; wchar_t w[CCHARW_MAX + 1]; attr_t a = 0; short p = 0;
    if (mvwin_wch(stdscr, y, x, &c) == ERR) return -1;
    if (getcchar(&c, w, &a, &p, NULL) == ERR) return -1;
    return p;
}
static inline attr_t shim_cell_attrs(int y, int x) {
    cchar_t c; wchar_t w[CCHARW_MAX + 1]; attr_t a = 0; short p = 0;
    if (mvwin_wch(stdscr, y, x, &c) == ERR) return 0;
    if (getcchar(&c, w, &a, &p, NULL) == ERR) return 0;
    return a & ~A_COLOR;
}
#endif
