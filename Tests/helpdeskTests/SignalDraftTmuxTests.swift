import Foundation
import HelpDeskTestSupport
import Testing

/// The real binary in tmux, stopped by a signal while a reply is being typed: the terminal must
/// be back in cooked mode, the exit status 128 + the signal, and the next start must reopen the
/// composer with the text. SIGTERM and SIGHUP come from `kill` on the app's pid; SIGINT from
/// Ctrl-C typed into the pane, as a person would.
@Suite("Drafts survive signals (tmux)", .serialized)
struct SignalDraftTmuxTests {
    enum Stop: String, CaseIterable {
        case term = "TERM", hup = "HUP", ctrlC = "C-c"
        var signal: Int32 { switch self { case .term: SIGTERM; case .hup: SIGHUP; case .ctrlC: SIGINT } }
    }

    static func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// The shell command for a pane: wait for the final size, run the UI, then report its exit
    /// status and the tty mode, and stay open so the pane can be read.
    static func command(_ cli: CLIRunner, state: String) -> String {
        let env = ["TERM=xterm-256color", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "USER=root", "HOME=\(cli.folder.path)",
                   "XDG_CONFIG_HOME=\(cli.folder.path)/config", "XDG_DATA_HOME=\(cli.folder.path)", "XDG_STATE_HOME=\(state)"]
        return "unset LINES COLUMNS; while [ \"$(stty size)\" != '30 100' ]; do sleep 0.05; done; "
            + "env " + env.map(quoted).joined(separator: " ") + " " + quoted(CLIRunner.binary.path)
            + " tui --db " + quoted(cli.database) + " --lang en; echo HD-EXIT=$?; stty -a; echo HD-DONE; sleep 600"
    }

    /// The app: the only child of the pane's shell.
    static func appPID(_ tmux: TmuxSession) throws -> pid_t {
        let shell = try tmux.tmux(["display-message", "-p", "-t", tmux.name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            if let pid = children.split(separator: " ").first.flatMap({ pid_t($0) }) { return pid }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw CLIRunner.Failure(message: "no app process under the pane's shell \(shell)")
    }

    @Test("a reply being typed survives the signal, the terminal is restored, the next start reopens it", arguments: Stop.allCases)
    func replySurvives(_ stop: Stop) throws {
        let cli = CLIRunner()
        let demo = try cli.run(["demo", "--no-tui", "--db", cli.database, "--tickets", "60"])
        #expect(demo.status == 0, "\(demo.stderr)")
        let state = cli.folder.appendingPathComponent("state").path
        let socket = TmuxSession.newSocket("hd-sig")
        defer { TmuxSession.killServer(socket: socket) }

        let first = try TmuxSession.start(socket: socket, name: "one", columns: 100, rows: 30, command: Self.command(cli, state: state))
        try first.waitFor("helpdesk · L1 console")
        try first.press("j", "j", "Enter")
        let detail = try first.waitUntil("the ticket detail") { $0.contains("Ticket #") && $0.contains("HISTORY") }
        let title = try #require(detail.split(separator: "\n").first { $0.contains("Ticket #") })
        let id = String(try #require(title.split(separator: "#").dropFirst().first?.prefix { $0.isNumber }))
        try first.press("r")
        try first.waitFor("on #\(id) (the requester sees it)")
        let text = "Hola, \(stop.rawValue): ya está renovado"
        try first.type(text)
        try first.waitFor(text)

        switch stop {
        case .ctrlC: try first.press("C-c")
        case .term, .hup: #expect(kill(try Self.appPID(first), stop.signal) == 0)
        }
        let after = try first.waitFor("HD-DONE")
        #expect(after.contains("HD-EXIT=\(128 + stop.signal)"), "\(after)")
        // Cooked mode again: canonical input and echo on (`-icanon` / `-echo` would be raw).
        let words = after.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init)
        #expect(words.contains("icanon") && !words.contains("-icanon"), "stty: \(after)")
        #expect(words.contains("echo") && !words.contains("-echo"), "stty: \(after)")
        // One file: this database, agent ana (root acts as ana on the demo), the ended session.
        let folder = state + "/helpdesk/drafts"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.count == 1 && files[0].range(of: #"-ana@[0-9]+\.json$"#, options: .regularExpression) != nil, "\(files)")

        let second = try TmuxSession.start(socket: socket, name: "two", columns: 100, rows: 30, command: Self.command(cli, state: state))
        let restored = try second.waitFor("Draft restored (#\(id))")
        #expect(restored.contains(text))
        #expect(restored.contains("on #\(id) (the requester sees it)"))
        try second.press("C-s")
        try second.waitFor("Reply sent on #\(id).")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        try second.press("q")
        #expect(try second.waitFor("HD-DONE").contains("HD-EXIT=0"))

        let shown = try cli.json(["ticket", "show", id, "--db", cli.database])
        let events = shown["events"] as? [[String: Any]] ?? []
        #expect(events.last { ($0["type"] as? String) == "reply" }?["text"] as? String == text)
    }
}
