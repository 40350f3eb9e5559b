#ifndef VISITDESK_CNCURSES_SHIM_H
#define VISITDESK_CNCURSES_SHIM_H

// Without these, <curses.h> hides the wide-character API (get_wch, add_wch, cchar_t).
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// glibc's wcwidth is not visible from Swift's Glibc module.
extern int wcwidth(wchar_t c);

// Swift cannot import macros with casts or globals that Swift 6 treats as unsafe:
// wrap what the backend needs.
static inline WINDOW *vd_stdscr(void) { return stdscr; }
static inline int vd_lines(void) { return LINES; }
static inline int vd_cols(void) { return COLS; }
static inline int vd_colors(void) { return COLORS; }
static inline int vd_color_pairs(void) { return COLOR_PAIRS; }
static inline void vd_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }

static inline attr_t vd_a_normal(void) { return A_NORMAL; }
static inline attr_t vd_a_bold(void) { return A_BOLD; }
static inline attr_t vd_a_reverse(void) { return A_REVERSE; }
static inline attr_t vd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t vd_a_dim(void) { return A_DIM; }

static inline int vd_key_f(int n) { return KEY_F(n); }
static inline int vd_key_code_yes(void) { return KEY_CODE_YES; }

/// Writes one grapheme (up to 5 wide characters: a base and its combining marks)
/// at y, x with the given attributes and colour pair.
static inline int vd_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wch, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cc);
}

#endif
