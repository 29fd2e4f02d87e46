#ifndef HELPDESK_CNCURSESW_SHIM_H
#define HELPDESK_CNCURSESW_SHIM_H
/* SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so ask for the wide API here. */
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <curses.h>

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
#endif
