#ifndef VISITDESK_CNCURSES_SHIM_H
#define VISITDESK_CNCURSES_SHIM_H

// Without these, <curses.h> hides the wide-character API (get_wch, add_wch, cchar_t).
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1

#include <locale.h>
#include <langinfo.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// glibc's wcwidth is not visible from Swift's Glibc module.
extern int wcwidth(wchar_t c);

// Swift cannot import macros with casts or globals that Swift 6 treats as unsafe:
// wrap what the backend needs.
static inline WINDOW *vd_stdscr(void) { return stdscr; }
static inline WINDOW *vd_curscr(void) { return curscr; }
static inline FILE *vd_stdin(void) { return stdin; }
static inline FILE *vd_stdout(void) { return stdout; }
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

/// True when the codeset of the current locale is UTF-8.
static inline int vd_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && strcmp(codeset, "UTF-8") == 0;
}

/// Writes one grapheme (up to 5 wide characters: a base and its combining marks)
/// at y, x with the given attributes and colour pair (an extended pair number).
static inline int vd_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, int pair) {
    cchar_t cc;
    if (setcchar(&cc, wch, attrs, 0, &pair) != OK) return ERR;
    return mvadd_wch(y, x, &cc);
}

/// True when the terminal set up by newterm can move the cursor to any cell (terminfo
/// `cup`); a full-screen program cannot work without it (TERM=dumb, some emulators).
static inline int vd_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

// The signal that asked the program to end, for the run loop to act on between keys:
// it saves what is being typed, restores the terminal and exits 128+n.
static volatile sig_atomic_t vd_pending_signal = 0;

// The write end of the backend's wake pipe: a signal writes a byte to it, so that the run
// loop's wait on the terminal and this pipe returns even when the signal arrives just
// before the wait begins.
static volatile sig_atomic_t vd_wake_fd = -1;

// ncurses' own SIGWINCH handler (it notes the resize for KEY_RESIZE), called after waking.
// (A function-local static: Swift's importer does not emit a file-scope struct variable.)
static inline struct sigaction *vd_curses_winch(void) {
    static struct sigaction saved;
    return &saved;
}

static void vd_wake(void) {
    int fd = vd_wake_fd;
    if (fd >= 0) {
        char byte = 1;
        ssize_t ignored = write(fd, &byte, 1);
        (void)ignored;
    }
}

static void vd_note_winch(int sig) {
    int saved = errno;
    void (*curses)(int) = vd_curses_winch()->sa_handler;
    if (curses != SIG_DFL && curses != SIG_IGN) curses(sig);
    vd_wake();
    errno = saved;
}

// A second request while the first is still pending means the program is not getting
// to it (stuck in a long write): restore the terminal and leave at once. endwin is not
// async-signal-safe, but the process is about to end and ncurses' own handlers make the
// same trade.
static void vd_note_signal(int sig) {
    if (vd_pending_signal != 0) {
        endwin();
        _exit(128 + sig);
    }
    vd_pending_signal = sig;
    int saved = errno;
    vd_wake();
    errno = saved;
}

/// The signal received since the last call (SIGINT, SIGTERM, SIGHUP or SIGQUIT), or 0.
static inline int vd_take_pending_signal(void) {
    int sig = vd_pending_signal;
    vd_pending_signal = 0;
    return sig;
}

/// Installs vd_note_signal for SIGINT, SIGTERM, SIGHUP and SIGQUIT (after newterm, so
/// these replace the handlers ncurses installs, which exit with status 1, and the Swift
/// runtime's SIGQUIT backtrace, which would print over the screen). Without SA_RESTART,
/// so a key read waiting on the terminal returns at once. Unblocks them: a process
/// started with them blocked would otherwise never see them. These and SIGWINCH (handed
/// on to ncurses' handler) also write a byte to `wake_fd`.
static inline void vd_install_signal_handlers(int wake_fd) {
    vd_wake_fd = wake_fd;
    struct sigaction winch;
    memset(&winch, 0, sizeof winch);
    winch.sa_handler = vd_note_winch;
    sigemptyset(&winch.sa_mask);
    winch.sa_flags = SA_RESTART;
    sigaction(SIGWINCH, &winch, vd_curses_winch());
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = vd_note_signal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    sigaction(SIGQUIT, &action, NULL);
    sigset_t handled;
    sigemptyset(&handled);
    sigaddset(&handled, SIGINT);
    sigaddset(&handled, SIGTERM);
    sigaddset(&handled, SIGHUP);
    sigaddset(&handled, SIGQUIT);
    sigprocmask(SIG_UNBLOCK, &handled, NULL);
}

/// Puts the default disposition back for the signals vd_install_signal_handlers took, and
/// ncurses' handler for SIGWINCH.
static inline void vd_reset_signal_handlers(void) {
    sigaction(SIGWINCH, vd_curses_winch(), NULL);
    vd_wake_fd = -1;
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    signal(SIGQUIT, SIG_DFL);
}

/// Stops the process as Ctrl-Z does in a shell with job control; returns when it is
/// continued (`fg`). SIGSTOP, unlike SIGTSTP, is not caught by ncurses' own handler, so
/// the caller alone leaves and re-enters curses mode.
static inline void vd_stop_process(void) {
    kill(getpid(), SIGSTOP);
}

#endif
