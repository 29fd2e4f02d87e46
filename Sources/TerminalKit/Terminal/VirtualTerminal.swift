/// An in-memory terminal for tests: feed keys, let the app draw, read the screen.
///
/// `readKey` returns queued keys in order and nil (a timeout) when the queue is empty, so an
/// app loop under test reaches idle and the test can assert on ``screen``.
public final class VirtualTerminal: Terminal {
    public private(set) var size: TerminalSize
    public var colorDepth: ColorDepth
    /// The theme last set with ``setTheme(_:)``.
    public private(set) var theme: ResolvedTheme
    /// What is on the screen now (the last frame drawn).
    public private(set) var screen: ScreenBuffer
    /// Number of ``draw(_:)`` calls.
    public private(set) var drawCount = 0
    /// Cell runs written by the last ``draw(_:)``: shows that only changes are flushed.
    public private(set) var lastFlush: [CellRun] = []
    /// True between ``suspend()`` and ``resume()``.
    public private(set) var isSuspended = false
    /// How often ``readKey(timeout:)`` found no key waiting.
    public private(set) var timeouts = 0
    /// Set by a test to play a signal arriving: the app loop sees it before the next key.
    public var pendingSignal: Int32?
    private var pending: [Key] = []
    private var previous: ScreenBuffer?

    public init(size: TerminalSize = TerminalSize(columns: 80, rows: 24), colorDepth: ColorDepth = .indexed256, theme: ResolvedTheme = .plain) {
        self.size = size
        self.colorDepth = colorDepth
        self.theme = theme
        self.screen = ScreenBuffer(size: size)
    }

    public convenience init(columns: Int, rows: Int) {
        self.init(size: TerminalSize(columns: columns, rows: rows))
    }

    // MARK: Test side

    /// Queues keys for the app to read.
    public func feed(_ keys: [Key]) { pending.append(contentsOf: keys) }

    /// Queues keys written as labels separated by spaces: `"j j <enter>"`.
    public func feed(labels: String) throws(KeyLabelError) {
        feed(try Key.parseSequence(labels))
    }

    /// Queues typed text, one `.character` per grapheme.
    public func type(_ text: String) { feed(text.map { Key.character($0) }) }

    /// Changes the size and queues `.resize`, as a real terminal does on SIGWINCH.
    public func resize(to newSize: TerminalSize) {
        size = newSize
        pending.append(.resize)
    }

    /// Keys fed but not read yet.
    public var pendingKeys: [Key] { pending }

    /// The screen as text, trailing spaces trimmed.
    public var text: String { screen.text }

    /// The screen with `[role]` markers. See ``ScreenBuffer/styledLines()``.
    public var styledText: String { screen.styledText }

    // MARK: Terminal

    public func setTheme(_ theme: ResolvedTheme) {
        self.theme = theme
        previous = nil
    }

    public func draw(_ buffer: ScreenBuffer) {
        drawCount += 1
        lastFlush = buffer.diff(from: previous)
        previous = buffer
        screen = buffer
    }

    public func invalidate() { previous = nil }

    public func readKey(timeout: Duration?) -> Key? {
        guard !pending.isEmpty else {
            timeouts += 1
            return nil
        }
        return pending.removeFirst()
    }

    public func suspend() { isSuspended = true }

    public func resume() {
        isSuspended = false
        previous = nil
    }
}
