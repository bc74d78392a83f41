#ifndef SCRUTINY_CNCURSESW_SHIM_H
#define SCRUTINY_CNCURSESW_SHIM_H

// Wide-character ncurses. The macros and globals below do not import into Swift,
// so each is wrapped in a small inline function.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *scr_stdscr(void) { return stdscr; }
static inline int scr_lines(void) { return LINES; }
static inline int scr_cols(void) { return COLS; }
static inline void scr_set_escdelay(int ms) { set_escdelay(ms); }
static inline int scr_key_resize(void) { return KEY_RESIZE; }
static inline int scr_key_mouse(void) { return KEY_MOUSE; }
static inline int scr_key_code_yes(void) { return KEY_CODE_YES; }
// Codes past ncurses' own for the bracketed-paste markers, ESC [ 200 ~ and ESC [ 201 ~.
static inline int scr_key_paste_start(void) { return KEY_MAX + 1; }
static inline int scr_key_paste_end(void) { return KEY_MAX + 2; }

static inline attr_t scr_a_bold(void) { return A_BOLD; }
static inline attr_t scr_a_underline(void) { return A_UNDERLINE; }
static inline attr_t scr_a_reverse(void) { return A_REVERSE; }
static inline attr_t scr_a_dim(void) { return A_DIM; }
static inline attr_t scr_a_italic(void) { return A_ITALIC; }

/// Draws one grapheme cluster (up to 5 code points) with attributes and colour pair at y, x.
static inline int scr_put_cell(int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

static inline int scr_move(int y, int x) { return wmove(stdscr, y, x); }

static inline unsigned long scr_mouse_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline unsigned long scr_mouse_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline unsigned long scr_mouse_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline unsigned long scr_mouse_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline unsigned long scr_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }

#endif
