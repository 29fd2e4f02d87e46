import CNcursesw
import TerminalKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, over ncursesw. Open it with ``withTerminal(_:_:)`` (or ``init(options:)``
/// and ``shutdown()``), draw ``ScreenBuffer``s into it and read ``Key``s from it.
///
/// Curses is a process-wide singleton, so only one instance may be open at a time; it is used
/// from the thread that opened it.
public final class CursesTerminal: Terminal {
    /// True when the locale is UTF-8. When false, only ASCII is drawn and the app should say why
    /// (see ``warnings``).
    public let isUTF8: Bool
    /// Problems worth telling the user (non-UTF-8 locale), to show as a toast or print after
    /// ``shutdown()``.
    public private(set) var warnings: [String] = []
    /// Colours the terminal reports, capped by the options.
    public private(set) var colorDepth: ColorDepth
    /// True if the terminal's own default colours can be used (transparent backgrounds).
    public let hasDefaultColors: Bool
    /// The terminal type in use.
    public let terminalType: String

    var screen: OpaquePointer?
    var files: [UnsafeMutablePointer<FILE>] = []
    var previous: ScreenBuffer?
    var theme: ResolvedTheme
    var colors: ColorPairTable
    let encoder: GlyphEncoder
    var currentTimeout: Int32 = -2
    var isOpen = false
    /// Cell runs written by the last ``draw(_:)`` (diagnostics and tests).
    public internal(set) var lastFlushCount = 0

    /// Opens the terminal: locale, `newterm`, colours, keypad, Esc delay, signal handlers.
    /// Throws instead of exiting when `TERM` is unknown.
    public init(options: CursesOptions = CursesOptions()) throws(CursesTerminalError) {
        guard CursesSignals.active.load(ordering: .sequentiallyConsistent) == 0 else { throw .alreadyOpen }
        setlocale(LC_ALL, "")
        let codeset = String(cString: shim_codeset())
        isUTF8 = codeset.uppercased().replacingUTF8Dash() == "UTF8"
        if !isUTF8 {
            warnings.append("The locale's character set is \(codeset), not UTF-8: accents, box lines and emoji are shown as ASCII. Set LANG=C.UTF-8 (or another UTF-8 locale).")
        }
        let termName = options.terminalType ?? (getenv("TERM").map { String(cString: $0) } ?? "")
        terminalType = termName.isEmpty ? "dumb" : termName

        let output: UnsafeMutablePointer<FILE>
        let input: UnsafeMutablePointer<FILE>
        switch options.devices {
        case .standard:
            output = shim_stdout()
            input = shim_stdin()
        case .files(let outputPath, let inputPath):
            guard let out = fopen(outputPath, "w") else { throw .cannotOpen(outputPath) }
            guard let inp = fopen(inputPath, "r") else { fclose(out); throw .cannotOpen(inputPath) }
            output = out
            input = inp
            files = [out, inp]
        }
        guard let screen = newterm(terminalType, output, input) else {
            for file in files { fclose(file) }
            throw .unknownTerminal(terminalType)
        }
        self.screen = screen
        set_term(screen)
        isOpen = true
        CursesSignals.active.store(1, ordering: .sequentiallyConsistent)

        cbreak()
        noecho()
        nonl()
        Self.disableFlowControl(fileno(input))
        shim_keypad(1)
        set_escdelay(options.escapeDelay)
        curs_set(0)

        var depth = ColorDepth.monochrome
        var defaults = false
        if has_colors() {
            start_color()
            defaults = use_default_colors() == shim_ok()
            depth = ColorDepth(colorCount: Int(shim_colors()))
        }
        hasDefaultColors = defaults
        colorDepth = min(depth, options.maximumColorDepth)
        theme = options.theme
        colors = ColorPairTable(maximumPairs: Int(shim_color_pairs()), defaultColors: defaults)
        encoder = GlyphEncoder(utf8: isUTF8)
        colors.load(theme: theme, depth: colorDepth)

        switch options.signalHandling {
        case .restoreAndExit: CursesSignals.install(exit: true)
        case .flag: CursesSignals.install(exit: false)
        case .none: break
        }
    }

    deinit { shutdown() }

    /// Ctrl-S submits forms, but with the tty's XON/XOFF flow control on (curses' `cbreak`
    /// leaves it on) Ctrl-S would freeze the output instead of reaching the program. IXON is
    /// cleared for the program mode only: curses saved the shell mode at `newterm`, so `endwin`
    /// (also from the signal handlers) puts the user's setting back.
    static func disableFlowControl(_ descriptor: Int32) {
        var settings = termios()
        guard tcgetattr(descriptor, &settings) == 0 else { return }  // not a tty (headless)
        settings.c_iflag &= ~tcflag_t(IXON)
        tcsetattr(descriptor, TCSANOW, &settings)
        def_prog_mode()  // so curses re-applies this mode, not its older copy, after a suspend
    }

    /// Restores the terminal (endwin) and frees curses. Safe to call more than once.
    public func shutdown() {
        guard isOpen else { return }
        isOpen = false
        if CursesSignals.active.exchange(0, ordering: .sequentiallyConsistent) == 1 { endwin() }
        if let screen { delscreen(screen) }
        screen = nil
        for file in files { fclose(file) }
        files = []
        CursesSignals.uninstall()
    }

    /// The signal received in `.flag` mode (SIGINT, SIGTERM, SIGHUP), or nil.
    public var receivedSignal: Int32? {
        let value = CursesSignals.received.load(ordering: .sequentiallyConsistent)
        return value == 0 ? nil : value
    }

    public var pendingSignal: Int32? { receivedSignal }

    public var size: TerminalSize {
        TerminalSize(columns: Int(shim_cols()), rows: Int(shim_lines()))
    }

    public func setTheme(_ theme: ResolvedTheme) {
        self.theme = theme
        colors.load(theme: theme, depth: colorDepth)
        invalidate()
    }

    public func invalidate() {
        previous = nil
        shim_clearok(1)
    }

    public func readKey(timeout: Duration?) -> Key? {
        let milliseconds: Int32 = timeout.map { duration in
            let (seconds, attoseconds) = duration.components
            return Int32(clamping: max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000))
        } ?? -1
        if milliseconds != currentTimeout {
            shim_timeout(milliseconds)
            currentTimeout = milliseconds
        }
        var character: wint_t = 0
        let result = shim_get_wch(&character)
        if result == shim_err() { return nil }
        let key = CursesKeyMapper.key(code: UInt32(character), isFunctionKey: result == shim_key_code_yes())
        if key == .resize { invalidate() }
        // A key the terminfo entry does not know comes as ESC and the rest of its sequence.
        if key == .escape { return completeEscape() }
        return key
    }

    public func suspend() {
        guard isOpen else { return }
        def_prog_mode()
        endwin()
    }

    public func resume() {
        guard isOpen else { return }
        reset_prog_mode()
        invalidate()
        shim_refresh()
    }
}

extension String {
    fileprivate func replacingUTF8Dash() -> String {
        String(filter { $0 != "-" && $0 != "_" })
    }
}
