/// Pacing of live screens (the dashboard), which re-run their SQL figures by themselves: on a
/// timer, when the minute turns and when another process commits. On a million tickets one
/// run takes about a second, and keys wait while it runs; re-running it every 5 seconds, or
/// at every commit of a busy desk, would leave the supervisor's keyboard dead a fifth of the
/// time or more. So after each automatic run the screen rests ``liveRefreshRestFactor`` times
/// what that run cost before the next one (on a small desk a run costs milliseconds and the
/// rest is nothing); what arrives meanwhile is kept as pending and shown when the rest ends.
extension HelpDeskApp {
    /// At most 1/(factor + 1) of the time goes to automatic reloads.
    static let liveRefreshRestFactor = 20

    /// The least time between two automatic reloads of a live screen.
    var liveRefreshRest: Duration { liveRefreshCost * Self.liveRefreshRestFactor }

    /// Reloads the live top screen and measures what it cost.
    func reloadLive(refresh: Bool, at now: ContinuousClock.Instant) {
        lastLiveRefresh = now
        liveReloadPending = false
        let started = ContinuousClock.now
        reloadTop(refresh: refresh)
        liveRefreshCost = ContinuousClock.now - started
    }
}
