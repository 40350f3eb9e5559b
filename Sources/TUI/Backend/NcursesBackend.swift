import CNcurses
import Foundation

/// The real terminal, through ncursesw. Only this file talks to curses.
///
/// Frames are diffed against the previous one and only changed cells are written;
/// colours come from the theme, mapped to what the terminal has (true colour, 256,
/// 16 or 8 colours) or replaced by bold/reverse/underline when `NO_COLOR` is set or
/// the terminal has none. The terminal is restored by `shutdown` (call it in a
/// `defer`) and on deinit. SIGINT, SIGTERM, SIGHUP and SIGQUIT are only noted: the
/// program picks them up with `takeTerminationSignal` between keys, saves what is being
/// typed and leaves normally (a second one while the first is pending exits at once).
///
/// Waiting for a key is one `poll` on the terminal and the wake pipe, which those signals,
/// SIGWINCH and `wakeup.post()` write to; keys are then read without blocking. An idle
/// program thus sleeps until input, a signal, a post or its own deadline, and a frame equal
/// to the one on screen costs no terminal update.
public final class NcursesBackend: TerminalBackend {
    private enum ColourMode {
        case monochrome
        case palette(size: Int, hasDefaultColours: Bool)
    }

    private struct ColourPair: Hashable {
        let foreground: Int
        let background: Int
    }

    private let theme: Theme
    private let colourMode: ColourMode
    private var screen: OpaquePointer?
    private var previous: CellBuffer?
    private var pairs: [ColourPair: Int32] = [:]
    private var nextPair: Int32 = 1
    private var renditions: [Style: (attributes: attr_t, pair: Int32)] = [:]
    private var cursorShown: Bool?
    private var cursorPlaced: (x: Int, y: Int)?
    /// Whether curses may hold bytes already read from the terminal (it reads ahead while
    /// matching an escape sequence), which a wait on the terminal would not see.
    private var mayHaveBufferedInput = false

    /// Posting it makes a `readKey` that is waiting return at once.
    public let wakeup = WakeSignal()

    /// Cells written by the last draw.
    public private(set) var lastChangedCellCount = 0

    /// Takes over the terminal: UTF-8 locale (the environment's, else C.UTF-8), the
    /// terminal named by `TERM` in `environment`, raw mode without echo, keypad keys,
    /// a 25 ms Esc delay. Throws, leaving the terminal untouched, when stdin or stdout
    /// is not a terminal, `TERM` is unknown or cannot address the cursor (`TERM=dumb`),
    /// or no UTF-8 locale exists.
    public init(theme: Theme, environment: [String: String] = ProcessInfo.processInfo.environment) throws(TerminalError) {
        if setlocale(LC_ALL, "") == nil || vd_locale_is_utf8() == 0 {
            guard setlocale(LC_ALL, "C.UTF-8") != nil, vd_locale_is_utf8() != 0 else { throw .noUTF8Locale }
        }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let terminalName = environment["TERM"] ?? ""
        // newterm, unlike initscr, returns NULL for an unknown TERM instead of printing and exiting.
        guard !terminalName.isEmpty, let screen = newterm(terminalName, vd_stdout(), vd_stdin()) else {
            throw .unknownTerminal(terminalName)
        }
        guard vd_has_cursor_addressing() != 0 else {
            endwin()
            delscreen(screen)
            throw .noCursorAddressing(terminalName)
        }
        self.screen = screen
        self.theme = theme
        // raw, not cbreak: Ctrl-C, Ctrl-S and Ctrl-Q must reach the program as keys.
        raw()
        noecho()
        nonl()
        keypad(vd_stdscr(), true)
        intrflush(vd_stdscr(), false)
        // Keys are read only once the terminal has some (see readKey): reads never block.
        wtimeout(vd_stdscr(), 0)
        set_escdelay(25)
        // Terminals and multiplexers disagree on Home/End (tmux sends ESC [1~ whatever
        // TERM says); accept every common form.
        for (sequence, code) in [("\u{1B}[1~", KEY_HOME), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME),
                                 ("\u{1B}[4~", KEY_END), ("\u{1B}[8~", KEY_END), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END)] {
            define_key(sequence, code)
        }
        let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
        if !noColour, has_colors(), start_color() == OK, vd_colors() >= 8 {
            colourMode = .palette(size: Int(vd_colors()), hasDefaultColours: use_default_colors() == OK)
        } else {
            colourMode = .monochrome
        }
        vd_install_signal_handlers(wakeup.writeDescriptor)
    }

    deinit {
        shutdown()
    }

    /// The terminal size in cells.
    public var size: (width: Int, height: Int) {
        var rows: Int32 = 0
        var columns: Int32 = 0
        vd_getmaxyx(vd_stdscr(), &rows, &columns)
        return (Int(columns), Int(rows))
    }

    /// Writes the cells that differ from the previous frame (all of them after a
    /// resize, a resume or `forceFullRedraw`), places the cursor, and refreshes. A frame
    /// equal to the previous one, cursor included, sends nothing.
    public func draw(_ buffer: CellBuffer) throws {
        guard screen != nil else { return }
        let (columns, rows) = size
        let full = previous == nil
        if full { werase(vd_stdscr()) }
        let positions = buffer.changedPositions(since: previous)
        if !full, positions.isEmpty, buffer.cursor?.x == cursorPlaced?.x, buffer.cursor?.y == cursorPlaced?.y {
            lastChangedCellCount = 0
            return
        }
        var written = 0
        for (x, y) in positions where x < columns && y < rows {
            put(buffer[x: x, y: y], x: x, y: y, lastColumn: columns - 1)
            written += 1
        }
        if let cursor = buffer.cursor, cursor.x >= 0, cursor.x < columns, cursor.y >= 0, cursor.y < rows {
            showCursor(true)
            wmove(vd_stdscr(), Int32(cursor.y), Int32(cursor.x))
        } else {
            showCursor(false)
        }
        guard wnoutrefresh(vd_stdscr()) != ERR, doupdate() != ERR else { throw TerminalError.outputFailed }
        previous = buffer
        cursorPlaced = buffer.cursor
        lastChangedCellCount = written
    }

    /// The next key within `timeoutMilliseconds` (negative waits without limit), or nil:
    /// nil also when `wakeup` was posted or a signal arrived, and for keys the program has no
    /// use for (Insert, keypad centre…). A resize reads as `.resize`.
    public func readKey(timeoutMilliseconds: Int) -> Key? {
        guard screen != nil else { return nil }
        if mayHaveBufferedInput || timeoutMilliseconds == 0 {
            if let key = takeKey() { return key }
            if timeoutMilliseconds == 0 { return nil }
        }
        var waits = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                     pollfd(fd: wakeup.readDescriptor, events: Int16(POLLIN), revents: 0)]
        let ready = poll(&waits, nfds_t(waits.count), Int32(clamping: timeoutMilliseconds))
        if ready == 0 { return nil }
        // A signal that cut the wait short (-1, EINTR) wrote to the pipe as well: empty it
        // either way, or the next wait would end at once for the same signal.
        if ready < 0 || waits[1].revents != 0 { wakeup.drain() }
        // Input, or a signal: SIGWINCH is read from curses as KEY_RESIZE.
        return takeKey()
    }

    /// A key curses has or can read without waiting, or nil.
    private func takeKey() -> Key? {
        var value: wint_t = 0
        switch wget_wch(vd_stdscr(), &value) {
        case vd_key_code_yes():
            mayHaveBufferedInput = true
            return key(forCode: Int32(bitPattern: value))
        case OK:
            mayHaveBufferedInput = true
            return Key(terminalCode: value)
        default:
            mayHaveBufferedInput = false
            return nil
        }
    }

    /// Leaves curses mode so that another program can use the terminal.
    public func suspend() {
        guard screen != nil else { return }
        def_prog_mode()
        endwin()
    }

    /// Returns to curses mode after `suspend` and repaints the screen.
    public func resume() {
        guard screen != nil else { return }
        reset_prog_mode()
        forceFullRedraw()
        refresh()
    }

    /// Stops the program as Ctrl-Z does in a shell: the terminal is restored for the
    /// shell, and when the program is continued (`fg`) curses mode comes back and the
    /// next draw writes every cell.
    public func suspendProcess() {
        guard screen != nil else { return }
        def_prog_mode()
        endwin()
        vd_stop_process()
        reset_prog_mode()
        forceFullRedraw()
    }

    /// The signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) that asked the program to end since
    /// the last call, or nil.
    public func takeTerminationSignal() -> Int32? {
        let signal = vd_take_pending_signal()
        return signal == 0 ? nil : signal
    }

    /// Makes the next draw clear the terminal and write every cell.
    public func forceFullRedraw() {
        guard screen != nil else { return }
        previous = nil
        clearok(vd_curscr(), true)
    }

    /// Restores the terminal (modes, cursor, main screen) and frees curses' screen.
    /// Does nothing the second time.
    public func shutdown() {
        guard let screen else { return }
        self.screen = nil
        vd_reset_signal_handlers()
        endwin()
        delscreen(screen)
    }

    private func key(forCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_RESIZE:
            // curses has already resized its window; the next frame must be written whole.
            previous = nil
            return .resize
        default:
            return (1...12).first { vd_key_f(Int32($0)) == code }.map { .function($0) }
        }
    }

    private func put(_ cell: Cell, x: Int, y: Int, lastColumn: Int) {
        let (attributes, pair) = rendition(for: cell.style)
        var characters = wideCharacters(of: cell.grapheme)
        let cursesWidth = Int(wcwidth(characters[0]))
        if cell.width == 2, x == lastColumn || cursesWidth < 1 {
            characters = [0x20, 0]
        }
        if vd_put_cell(Int32(y), Int32(x), characters, attributes, pair) == ERR, x < lastColumn || y < size.height - 1 {
            // A code point this libc does not know: keep the columns the layout expects.
            vd_put_cell(Int32(y), Int32(x), [0x20, 0], attributes, pair)
        }
        // An emoji made wide by its variation selector is one column to curses: fill the second.
        if cell.width == 2, cursesWidth == 1, x < lastColumn {
            vd_put_cell(Int32(y), Int32(x + 1), [0x20, 0], attributes, pair)
        }
    }

    /// The grapheme as curses takes it: a spacing character followed by at most four
    /// combining ones, zero-terminated.
    private func wideCharacters(of grapheme: Character) -> [wchar_t] {
        var characters: [wchar_t] = []
        for scalar in grapheme.unicodeScalars.prefix(5) {
            if !characters.isEmpty, wcwidth(wchar_t(scalar.value)) != 0 { break }
            characters.append(wchar_t(scalar.value))
        }
        return characters + [0]
    }

    private func rendition(for style: Style) -> (attributes: attr_t, pair: Int32) {
        if let known = renditions[style] { return known }
        var role = theme[style.role]
        var pair: Int32 = 0
        switch colourMode {
        case .monochrome:
            let emphasis = RoleStyle.monochrome(style.role)
            role.bold = role.bold || emphasis.bold
            role.reverse = role.reverse || emphasis.reverse
            role.underline = role.underline || emphasis.underline
        case .palette(let size, let hasDefaultColours):
            var foreground = role.foreground.number(forPaletteSize: size)
            var background = role.background.number(forPaletteSize: size)
            if !hasDefaultColours {
                if foreground < 0 { foreground = 7 }
                if background < 0 { background = 0 }
            }
            pair = colourPair(ColourPair(foreground: foreground, background: background))
        }
        var attributes = vd_a_normal()
        if role.bold || style.bold { attributes |= vd_a_bold() }
        if role.reverse || style.reverse { attributes |= vd_a_reverse() }
        if role.underline || style.underline { attributes |= vd_a_underline() }
        renditions[style] = (attributes, pair)
        return (attributes, pair)
    }

    /// Allocates colour pairs as they are first needed; when the terminal runs out,
    /// further combinations use the default pair.
    private func colourPair(_ colours: ColourPair) -> Int32 {
        if colours.foreground < 0, colours.background < 0 { return 0 }
        if let pair = pairs[colours] { return pair }
        guard nextPair < vd_color_pairs(),
              init_extended_pair(nextPair, Int32(colours.foreground), Int32(colours.background)) == OK else { return 0 }
        pairs[colours] = nextPair
        nextPair += 1
        return pairs[colours]!
    }

    private func showCursor(_ shown: Bool) {
        guard cursorShown != shown else { return }
        curs_set(shown ? 1 : 0)
        cursorShown = shown
    }
}
