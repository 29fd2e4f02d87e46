extension Localizer {
    /// English text of the tier screens. Keep the keys in the order of ``TierString``.
    static let englishTierStrings: [TierString: String] = [
        .consoleTitle: "L1 console", .consoleMine: "MY TICKETS", .consoleNew: "NEW (unassigned)",
        .consoleCoaching: "COACHING", .consoleCoachingNew: "COACHING ({0})", .consoleNoCoaching: "Nothing came back yet.",
        .consoleEmptyMine: "No open tickets of yours.", .consoleEmptyNew: "No new tickets waiting.",
        .consoleSuggested: "SUGGESTED ARTICLES", .consoleOpened: "Opened {0}", .consoleFirstReply: "first reply {0}",
        .counterNew: "new {0}", .counterAtRisk: "at risk {0}",
        .coachingSentBack: "{0}: {1}", .coachingSolved: "{0} solved with {1} “{2}”",

        .intakeTitle: "New ticket", .intakeRequester: "Requester", .intakeKind: "Kind", .intakeSubject: "Subject",
        .intakeDetails: "Details", .intakeArea: "Area", .intakeImpact: "Impact", .intakeUrgency: "Urgency",
        .intakePriority: "→ {0}", .intakeSuggestions: "Suggested articles (as you type)",
        .intakeNoSuggestions: "No published article matches yet.",
        .intakeSuggestionHint: "Enter: read it · x: resolve now with it (first contact)",
        .intakeHint: "Tab next  ←→ choose  ↓ articles  Ctrl-S save  Esc cancel",
        .intakeNewRequester: "new requester", .intakeSaved: "Ticket #{0} logged.",
        .intakeResolvedFCR: "#{0} resolved at first contact with {1}.", .intakeResolvedLinked: "#{0} resolved with {1}.",
        .intakeMissing: "{0} is required.", .intakeSuggestionsNeedText: "Type a subject to see articles.",

        .readerTitle: "{0} · {1} ({2})", .readerHint: "j/k scroll  x resolve with this article  Esc back",
        .readerResolution: "Solved with {0} “{1}”",

        .wizardTitle: "Escalate #{0}", .stepTarget: "Target", .stepArea: "Area", .stepReason: "Reason",
        .stepTried: "What was tried", .stepConfirm: "Confirm",
        .wizardTargetPrompt: "Where should #{0} go? (now at {1})", .wizardExternalName: "Vendor / department name",
        .wizardAreaPrompt: "Which specialist area? The least-loaded specialist on shift receives it.",
        .wizardAreaOther: "Other area:", .wizardReasonPrompt: "Why does it need the next tier? (required)",
        .wizardTriedPrompt: "What was tried (required) — already recorded on the ticket:",
        .wizardTriedNone: "Nothing recorded on the ticket yet; write what you tried below.", .wizardTriedAdd: "Add:",
        .wizardUrgencyPrompt: "Urgency note (optional):", .wizardSummary: "{0} → {1}",
        .wizardSLA: "SLA: {0} due {1} ({2} plan, {3}) — escalation keeps the clock.",
        .wizardSLAUnknown: "SLA: no running target for this ticket.",
        .wizardKeysChoose: "↑↓ choose  Tab field  Enter continue  Esc cancel",
        .wizardKeysText: "Enter continue  Esc back",
        .wizardKeysTried: "Space toggle  Tab next  Enter continue  Esc back",
        .wizardKeysArea: "↑↓ choose  type another area  Enter continue  Esc back",
        .wizardKeysConfirm: "Enter escalate  Esc back",
        .wizardNowhere: "#{0} is already outside the desk; there is no higher tier.",
        .wizardDiscard: "Discard this escalation? y / n",
        .wizardEscalatedTo: "#{0} escalated to {1}; {2} got it.", .wizardEscalatedUnassigned: "#{0} escalated to {1}; nobody on shift covers it yet.",
        .triedArticle: "Read {0} “{1}”", .triedReply: "Reply to requester: {0}", .triedNote: "Internal note: {0}",

        .problemExternalName: "Name the vendor or department.", .problemArea: "Choose the area, so the right specialist receives it.",
        .problemReason: "Say why the ticket needs the next tier.", .problemTried: "Tick or write at least one thing already tried.",

        .handoffTimeIn: "{0} in {1}", .handoffArticles: "KB read",
        .keyArea: "area", .toastArea: "Area: {0}", .allAreas: "every area", .queueArea: "area {0}",
        .draftRestored: "Draft restored ({0})", .draftNotRestored: "The draft could not be reopened ({0}); it is still in {1}",
        .draftNotSaved: "Cannot save the draft: {0}",
        .tooSmallTyping: "What you type is kept. Make the window larger to see it; Ctrl-C keeps it as a draft and quits.",
    ]
}
