import Foundation

/// One terminal session in a private tmux server, for end-to-end tests of the real binary:
/// keys in with `send-keys`, the screen out with `capture-pane -p`.
///
/// The one tmux wrapper of the test targets. Every wait polls the pane until the expected
/// text appears, with a bound, instead of sleeping for a fixed time: fast when the machine is
/// idle, patient when it is busy. Each test uses its own socket (`-L`), so tests never touch
/// the user's sessions or each other's.
public struct TmuxSession: Sendable {
    public let socket: String
    public let name: String

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public struct Timeout: Error, CustomStringConvertible {
        public var expected: String
        public var screen: String
        public var description: String { "timed out waiting for \(expected); the screen was:\n\(screen)" }
    }

    public init(socket: String, name: String) {
        self.socket = socket
        self.name = name
    }

    public static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    /// A fresh socket name, so concurrent tests get separate servers.
    public static func newSocket(_ prefix: String) -> String { "\(prefix)-\(UUID().uuidString.prefix(8))" }

    /// Starts `command` in a new detached session of `columns`×`rows`.
    public static func start(socket: String, name: String, columns: Int = 80, rows: Int = 24, command: String) throws -> TmuxSession {
        let session = TmuxSession(socket: socket, name: name)
        // The first command forks the tmux server, which would keep a stdout pipe open forever.
        try session.tmux(["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", command], capture: false)
        return session
    }

    /// A shell command that waits until the pane's tty really is `columns`×`rows` and then runs
    /// `command` without LINES/COLUMNS: under load tmux may start the pane before it has its
    /// final size, and curses would believe stale LINES/COLUMNS (set by headless curses suites
    /// in the same test process) over the tty.
    public static func sized(_ command: String, columns: Int, rows: Int) -> String {
        "unset LINES COLUMNS; while [ \"$(stty size)\" != '\(rows) \(columns)' ]; do sleep 0.05; done; " + command
    }

    /// Single-quotes a word for the shell tmux runs the command with.
    public static func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Keys by tmux name (`Enter`, `Tab`, `BTab`, `Escape`, `C-s`, `Down`, `Space`) or plain characters.
    public func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Literal text, sent as typed.
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// The visible pane as text, one line per row.
    public func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// Resizes the window (the app gets SIGWINCH / KEY_RESIZE).
    public func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// Polls the screen every 50 ms until `text` appears or `timeout` passes.
    @discardableResult
    public func waitFor(_ text: String, timeout: Duration = .seconds(20)) throws -> String {
        try waitUntil("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// Polls until `condition` holds for the screen.
    @discardableResult
    public func waitUntil(_ what: String, timeout: Duration = .seconds(20), _ condition: (String) -> Bool) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var last = ""
        while clock.now < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(expected: what, screen: last)
    }

    /// Stops the server of `socket` and removes its socket file (a killed server may leave it behind).
    public static func killServer(socket: String) {
        _ = try? TmuxSession(socket: socket, name: "").tmux(["kill-server"], capture: false)
        let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        unlink("\(folder)/tmux-\(getuid())/\(socket)")
    }

    /// Runs one tmux client with posix_spawn and waitpid, output through a file. Foundation's
    /// `Process` is not used: `new-session` forks the server from the client, and waiting on
    /// such a client through `Process` hangs. The child starts with no blocked signals (the
    /// test runner blocks some, and the server and the app would inherit the mask, so they
    /// could never be stopped) and without LINES/COLUMNS from other suites.
    @discardableResult
    public func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString).out").path
        defer { unlink(output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? output : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ["/usr/bin/tmux", "-L", socket] + arguments
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for arg in cArgs { free(arg) } }
        let environment = ProcessInfo.processInfo.environment.filter { $0.key != "LINES" && $0.key != "COLUMNS" }
        var cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for entry in cEnv { free(entry) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, &cArgs, &cEnv)
        guard spawned == 0 else { throw Failure(description: "cannot run tmux: error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed with status \(status)")
        }
        return capture ? ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "") : ""
    }
}
