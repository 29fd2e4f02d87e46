import Foundation

/// One terminal session in a private tmux server, for end-to-end tests of the real UI.
///
/// Every wait polls the pane until the expected text appears, with a bound, instead of
/// sleeping for a fixed time: fast when the machine is idle, patient when it is busy.
struct TmuxSession {
    let socket: String
    let name: String

    struct Timeout: Error, CustomStringConvertible {
        var expected: String
        var screen: String
        var description: String { "timed out waiting for “\(expected)”; the screen was:\n\(screen)" }
    }

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    /// Starts `command` in a new detached session of `columns`×`rows`.
    static func start(socket: String, name: String, columns: Int = 80, rows: Int = 24, command: String) throws -> TmuxSession {
        let session = TmuxSession(socket: socket, name: name)
        // The first command forks the tmux server, which would keep a stdout pipe open forever.
        try session.tmux(["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", command], capture: false)
        return session
    }

    /// Keys by tmux name (`Enter`, `Tab`, `BTab`, `Escape`, `C-s`, `Down`, `Space`) or plain characters.
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Literal text, sent as typed.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// Polls the screen every 50 ms until `text` appears or `timeout` passes.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
        try waitUntil(text, timeout: timeout) { $0.contains(text) }
    }

    /// Polls until `condition` holds for the screen.
    @discardableResult
    func waitUntil(_ what: String, timeout: Duration = .seconds(10), _ condition: (String) -> Bool) throws -> String {
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

    static func killServer(socket: String) {
        _ = try? TmuxSession(socket: socket, name: "").tmux(["kill-server"], capture: false)
    }

    /// Runs one tmux client with posix_spawn and waitpid, output through a file. Foundation's
    /// `Process` is not used: `new-session` forks the server from the client, and waiting on
    /// such a client through `Process` hangs (the same finding as the ui branch's tmux test).
    /// The child starts with no blocked signals (the test runner blocks some, and the server
    /// and the app would inherit the mask) and without LINES/COLUMNS from other suites.
    @discardableResult
    func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
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
        guard spawned == 0 else { throw CLIRunner.Failure(message: "cannot run tmux: error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else {
            throw CLIRunner.Failure(message: "tmux \(arguments.joined(separator: " ")) failed with status \(status)")
        }
        return capture ? ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "") : ""
    }
}
