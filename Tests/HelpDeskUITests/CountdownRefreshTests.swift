import Foundation
import HelpDeskCore
import HelpDeskStore
import Synchronization
import Testing
import TerminalKit
@testable import HelpDeskUI

/// The lists' SLA column turns when a countdown does, not once a minute: a ticket that breaches
/// in the middle of a minute reads `-0:01` at the refresh the screen scheduled just past its due
/// time, computed from the rows already loaded, without a query.
///
/// The clock is injected and moved by hand; `tick()` is what the loop calls between keys.
@Suite("Countdowns turn on time")
struct CountdownRefreshTests {
    /// A P1 for Contoso (advanced plan): 15-minute first response on the 24x7 calendar, due
    /// `dueIn` seconds after the fixture's `now`.
    static func routerOnFire(_ desk: UITestDesk, dueIn: TimeInterval) throws -> (id: Int64, due: Date) {
        let due = UITestDesk.now.addingTimeInterval(dueIn)
        let ticket = try desk.db.createTicket(NewTicket(subject: "Router en llamas", description: "", requester: "marta.ruiz@contoso.example",
                                                        impact: .high, urgency: .high), by: .ana, now: due.addingTimeInterval(-15 * 60))
        return (ticket.id, due)
    }

    static func app(_ desk: UITestDesk, repository: any HelpDeskRepository, clock: TestClock, start: StartScreen) -> (HelpDeskApp, VirtualTerminal) {
        let terminal = VirtualTerminal(columns: 100, rows: 24)
        let configuration = AppConfiguration(agent: .ana, language: .en, timeZone: TimeZone(identifier: "UTC")!, startScreen: start,
                                             clock: { clock.now }, classify: UITestDesk.classify)
        let app = HelpDeskApp(terminal: terminal, repository: repository, configuration: configuration)
        app.runUntilIdle()
        return (app, terminal)
    }

    /// The styled list row of `subject` (a P1; the console's preview repeats the subject).
    static func row(_ subject: String, in terminal: VirtualTerminal) -> String? {
        let index = terminal.screen.textLines().firstIndex { $0.contains(subject) && $0.contains("P1") }
        return index.map { terminal.screen.styledLines()[$0] }
    }

    /// Equal up to the rounding of `Date` arithmetic.
    static func same(_ a: Date?, _ b: Date) -> Bool { a.map { abs($0.timeIntervalSince(b)) < 1e-6 } ?? false }

    @Test("a queue row due at T reads !0:00 until T, and -0:01 (breached) at the refresh scheduled just past T, with no query")
    func queueBreachesOnTime() throws {
        let desk = try UITestDesk(fillers: 0)
        let (id, due) = try Self.routerOnFire(desk, dueIn: 25)
        // A second row, so the cursor can leave the first (the cursor row has no SLA colour);
        // its countdown turns after the other's due time (14:30 left, whole minutes at 30 s).
        _ = try desk.db.createTicket(NewTicket(subject: "Router de repuesto", description: "", requester: "marta.ruiz@contoso.example",
                                               impact: .high, urgency: .high), by: .ana, now: UITestDesk.now.addingTimeInterval(-30))
        let clock = TestClock()
        let repository = CountingRepository(desk.db)
        let (app, terminal) = Self.app(desk, repository: repository, clock: clock, start: .l1Queue)
        // Only these two rows, so the schedule is theirs.
        try terminal.press("/", in: app)
        terminal.type("Router", in: app)
        try terminal.press("<enter>", in: app)
        if (app.topScreen as? TicketQueueScreen)?.selected?.id == id { try terminal.press("j", in: app) }
        let before = try #require(Self.row("Router en llamas", in: terminal))
        #expect(before.contains("[atRisk] !0:00"), "\(before)")
        // 25 s left: the label next changes just past the due time, not when the minute turns.
        let next = try #require(app.nextClockRefresh)
        #expect(Self.same(next, due.addingTimeInterval(SLAClock.boundarySlack)))

        let queries = repository.calls
        clock.advance(by: due.timeIntervalSince(clock.now) - 1)
        app.tick()
        app.runUntilIdle()
        #expect(Self.row("Router en llamas", in: terminal)?.contains("[atRisk] !0:00") == true)

        clock.advance(by: next.timeIntervalSince(clock.now))
        app.tick()
        app.runUntilIdle()
        let after = try #require(Self.row("Router en llamas", in: terminal))
        #expect(after.contains("[breached] -0:01"), "\(after)")
        #expect(repository.calls == queries, "the countdown turned by a reload, not from the loaded rows")
        // Next, the spare row's whole minute; never sooner than the floor after this refresh.
        let following = try #require(app.nextClockRefresh)
        #expect(Self.same(following, UITestDesk.now.addingTimeInterval(30 + SLAClock.boundarySlack)))
        #expect(following >= clock.now.addingTimeInterval(HelpDeskApp.clockMoveFloor))
        clock.advance(by: following.timeIntervalSince(clock.now))
        app.tick()
        // The breached row now turns each whole minute of its overdue time.
        #expect(Self.same(app.nextClockRefresh, due.addingTimeInterval(60 + SLAClock.boundarySlack)))
        #expect(repository.calls == queries)
    }

    @Test("MY TICKETS in the L1 console: following the schedule, the breach shows at the first refresh past T")
    func consoleBreachesOnTime() throws {
        let desk = try UITestDesk(fillers: 0)
        let (id, due) = try Self.routerOnFire(desk, dueIn: 40)
        _ = try desk.db.perform(.take, on: id, expectedVersion: nil, by: .ana, now: UITestDesk.now.addingTimeInterval(-60))
        let clock = TestClock()
        let repository = CountingRepository(desk.db)
        let (app, terminal) = Self.app(desk, repository: repository, clock: clock, start: .l1)
        if (app.topScreen as? L1ConsoleScreen)?.selected?.id == id { try terminal.press("j", in: app) }
        app.tick()  // the preview of the new cursor row loads in an idle moment
        #expect(Self.row("Router en llamas", in: terminal)?.contains("[atRisk] !0:00") == true)
        let queries = repository.calls
        // Other rows turn at their own instants; each scheduled refresh before T still shows !0:00.
        var refreshes = 0
        while let next = app.nextClockRefresh, next <= due {
            #expect(next > clock.now)
            clock.advance(by: next.timeIntervalSince(clock.now))
            app.tick()
            app.runUntilIdle()
            #expect(Self.row("Router en llamas", in: terminal)?.contains("[atRisk] !0:00") == true)
            refreshes += 1
            try #require(refreshes < 10)
        }
        let next = try #require(app.nextClockRefresh)
        #expect(Self.same(next, due.addingTimeInterval(SLAClock.boundarySlack)))
        clock.advance(by: next.timeIntervalSince(clock.now))
        app.tick()
        app.runUntilIdle()
        let after = try #require(Self.row("Router en llamas", in: terminal))
        #expect(after.contains("[breached] -0:01"), "\(after)")
        #expect(repository.calls == queries)
    }
}

/// The store, counting every call but the change token (the poll's one-row read, which stays).
final class CountingRepository: HelpDeskRepository {
    let base: AppDatabase
    private let count = Mutex(0)
    var calls: Int { count.withLock { $0 } }

    init(_ base: AppDatabase) { self.base = base }

    private func counted<T>(_ body: () throws -> T) rethrows -> T {
        count.withLock { $0 += 1 }
        return try body()
    }

    func changeToken() throws -> Int { try base.changeToken() }
    func agents() throws -> [Agent] { try counted { try base.agents() } }
    func agent(login: String) throws -> Agent? { try counted { try base.agent(login: login) } }
    func ticket(id: Int64) throws -> Ticket? { try counted { try base.ticket(id: id) } }
    func events(ticketID: Int64) throws -> [TicketEvent] { try counted { try base.events(ticketID: ticketID) } }
    func tickets(matching query: TicketQuery) throws -> [Ticket] { try counted { try base.tickets(matching: query) } }
    func countTickets(matching query: TicketQuery) throws -> Int { try counted { try base.countTickets(matching: query) } }
    func requester(handle: String) throws -> RequesterProfile? { try counted { try base.requester(handle: handle) } }
    func requesters(prefix: String, limit: Int) throws -> [RequesterProfile] { try counted { try base.requesters(prefix: prefix, limit: limit) } }
    func createTicket(_ new: NewTicket, by actor: Agent, now: Date) throws -> Ticket { try counted { try base.createTicket(new, by: actor, now: now) } }
    func perform(_ action: TicketAction, on ticketID: Int64, expectedVersion: Int?, by actor: Agent, now: Date) throws -> Ticket {
        try counted { try base.perform(action, on: ticketID, expectedVersion: expectedVersion, by: actor, now: now) }
    }
}
