import Foundation
import HelpDeskTestSupport
import Testing

/// The technician's end of a breach, in the real binary in tmux: the L1 queue's SLA column
/// turns to `-0:01` within moments of the due time, without a key, although nothing is
/// written in between (no poll can help: the countdown turns by itself, mid-minute).
///
/// The desk, the policy import and the launch are the dashboard breach test's: a P1
/// first-response target of a few seconds on the 24x7 calendar, the ticket logged from outside.
@Suite("Queue SLA breach in tmux", .serialized, .enabled(if: TmuxSession.isAvailable))
struct QueueBreachTmuxTests {
    /// Long enough to see the row before its breach on a busy machine, short enough to wait.
    static let target: Double = 4
    /// What a technician may wait, after the due time, for the queue to show the breach.
    static let allowance: Double = 3

    @Test("a P1 in the L1 queue reads -0:01 within seconds of its due time, with no key pressed and nothing written")
    func breachTurnsOnTime() throws {
        let cli = try DashboardBreachTmuxTests.desk()
        let db = cli.database
        try DashboardBreachTmuxTests.importFastPolicy(cli, target: Self.target)

        let socket = TmuxSession.newSocket("hd-qsla")
        defer { TmuxSession.killServer(socket: socket) }
        let tmux = try DashboardBreachTmuxTests.launch(cli, as: "ana", socket: socket, columns: 100, rows: 30, extra: " --screen queue")
        try tmux.waitFor("L1 queue · ana")

        // The ticket is stamped somewhere inside the CLI call, so its due time lies between these.
        let before = Date()
        let new = try cli.run(["ticket", "new", "--subject", "Centralita sin línea", "--requester", "ops@contoso.example",
                               "--impact", "high", "--urgency", "high", "--as", "ana", "--db", db])
        try #require(new.status == 0, "\(new.stderr)")
        let after = Date()
        let id = new.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let row = { (screen: String) in screen.split(separator: "\n").first { $0.contains(" \(id) P1 ") }.map(String.init) }

        // The poll brings the row in, still counting down.
        let listed = try tmux.waitUntil("ticket #\(id) listed", timeout: .seconds(Self.target)) { row($0) != nil }
        let first = try #require(row(listed))
        try #require(Date().timeIntervalSince(after) < Self.target, "the machine is too slow to see the row before its breach")
        #expect(first.contains(" 0:00") || first.contains("!0:00"), "\(first)")

        let latest = after.addingTimeInterval(Self.target + Self.allowance)
        let breached = try tmux.waitUntil("ticket #\(id) breached", timeout: .seconds(max(1, latest.timeIntervalSinceNow) + 1)) { screen in
            row(screen)?.contains("-0:01") ?? false
        }
        let seen = Date()
        #expect(seen >= before.addingTimeInterval(Self.target), "breached before its target could have passed")
        #expect(seen <= latest, "seen \(seen.timeIntervalSince(after) - Self.target) s after the latest possible due time")
        #expect(row(breached)?.contains("Centralita sin línea") == true, "\(breached)")
        try tmux.press("q")
    }
}
