import Foundation

/// Countdowns that turn on time. A list's SLA column changes at instants only the rows know
/// (the next whole minute of each countdown, each due time), so the visible screen says when
/// (``Screen/nextClockChange``) and the loop wakes for it: a ticket breaching in the middle of
/// a minute reads `-0:01` at once instead of ` 0:00` until the minute turns. The screen
/// recomputes from the rows it holds; the database is only asked by the poll.
extension HelpDeskApp {
    /// The least time between two recomputations, so a screen that keeps asking for the
    /// present (a label turning at every instant, a clock that went wrong) cannot spin the loop.
    static let clockMoveFloor: TimeInterval = 0.2
    /// The longest the loop waits for a key: the poll, toasts and the draft save need ticks.
    static let idleWait: Duration = .milliseconds(100)

    /// When the visible screen next recomputes what moves with the clock: its own next change,
    /// but not sooner than ``clockMoveFloor`` after the last time; nil when nothing moves.
    public var nextClockRefresh: Date? {
        guard let change = topScreen.nextClockChange else { return nil }
        guard let last = lastClockMove, last <= configuration.clock() else { return change }
        return max(change, last.addingTimeInterval(Self.clockMoveFloor))
    }

    /// Recomputes the visible screen's countdowns once ``nextClockRefresh`` has come. A clock
    /// set back (by hand, or by a test) counts as due: the labels were computed for later.
    func moveClockIfDue() {
        let now = configuration.clock()
        guard let due = nextClockRefresh, now >= due || (lastClockMove.map { now < $0 } ?? false) else { return }
        lastClockMove = now
        var screen = stack.removeLast()
        screen.clockMoved(context: context)
        stack.append(screen)
    }

    /// How long the loop may wait for a key: until the next recomputation, at most ``idleWait``.
    var idleTimeout: Duration {
        guard let due = nextClockRefresh else { return Self.idleWait }
        let wait = due.timeIntervalSince(configuration.clock())
        return wait <= 0 ? .zero : min(Self.idleWait, .milliseconds(Int64((wait * 1000).rounded(.up))))
    }
}
