/// What the app loop needs from a terminal. `CursesTerminal` is the real one,
/// ``VirtualTerminal`` the in-memory one for tests. Used from one thread (the app loop).
public protocol Terminal: AnyObject {
    /// The current size. Changes after a `.resize` key has been read.
    var size: TerminalSize { get }

    /// How many colours the terminal shows (monochrome on vt100 or with a mono theme).
    var colorDepth: ColorDepth { get }

    /// Uses `theme` for every role from the next ``draw(_:)`` on (switching screens with
    /// per-screen overrides, or themes at run time). Forces a full repaint.
    func setTheme(_ theme: ResolvedTheme)

    /// Shows `buffer`: writes only the cells that differ from the previous frame, then places
    /// the cursor at `buffer.cursor` (hidden when nil).
    func draw(_ buffer: ScreenBuffer)

    /// Forgets the previous frame so the next ``draw(_:)`` repaints everything (after an
    /// external program or a suspected corrupt screen, e.g. Ctrl-L).
    func invalidate()

    /// The next key, waiting at most `timeout` (nil waits forever). Returns nil on timeout, so
    /// the loop can tick the clock and poll for other technicians' changes.
    func readKey(timeout: Duration?) -> Key?

    /// Gives the terminal back (as for running `$EDITOR`): restores normal mode and the screen.
    func suspend()

    /// Takes the terminal again after ``suspend()`` and forces a full repaint.
    func resume()

    /// A SIGINT, SIGTERM or SIGHUP that asked the app to end, or nil. The signal handler only
    /// records it (async-signal-safe); the app loop checks this, saves what is typed and stops.
    var pendingSignal: Int32? { get }
}

extension Terminal {
    /// Runs `body` with the terminal suspended (e.g. to run `$EDITOR` on a reply), resuming
    /// even when it throws.
    public func withSuspended<T>(_ body: () throws -> T) rethrows -> T {
        suspend()
        defer { resume() }
        return try body()
    }

    public var pendingSignal: Int32? { nil }

    /// A blank buffer of the terminal's current size to draw the next frame into.
    public func makeBuffer() -> ScreenBuffer {
        ScreenBuffer(size: size)
    }
}
