/// UI text of the tier screens (L1 console, intake, escalation wizard, hand-off), kept apart
/// from ``UIString`` so the tier work lives in its own files. Same rules: a closed set, every
/// key in every language (a test checks), `{n}` parameters.
public enum TierString: String, CaseIterable, Sendable {
    // L1 console
    case consoleTitle, consoleMine, consoleNew, consoleCoaching, consoleCoachingNew, consoleNoCoaching
    case consoleEmptyMine, consoleEmptyNew, consoleSuggested, consoleOpened, consoleFirstReply, counterNew, counterAtRisk
    case coachingSentBack, coachingSolved
    // Intake
    case intakeTitle, intakeRequester, intakeKind, intakeSubject, intakeDetails, intakeArea, intakeImpact, intakeUrgency
    case intakePriority, intakeSuggestions, intakeNoSuggestions, intakeSuggestionHint, intakeHint, intakeNewRequester
    case intakeSaved, intakeResolvedFCR, intakeResolvedLinked, intakeMissing, intakeSuggestionsNeedText
    // Article reader
    case readerTitle, readerHint, readerResolution
    // Escalation wizard
    case wizardTitle, stepTarget, stepArea, stepReason, stepTried, stepConfirm
    case wizardTargetPrompt, wizardExternalName, wizardAreaPrompt, wizardAreaOther, wizardReasonPrompt
    case wizardTriedPrompt, wizardTriedNone, wizardTriedAdd, wizardUrgencyPrompt, wizardSummary
    case wizardSLA, wizardSLAUnknown, wizardKeysChoose, wizardKeysArea, wizardKeysText, wizardKeysTried, wizardKeysConfirm
    case wizardNowhere, wizardDiscard, wizardEscalatedTo, wizardEscalatedUnassigned
    case triedArticle, triedReply, triedNote
    // Problems (the core names the field; the UI says it in the technician's language)
    case problemExternalName, problemArea, problemReason, problemTried
    // A short field refused by ``FieldLimits`` ({0} is the field's label)
    case textTooLong, textLineBreak, textControl, textBidi
    // Hand-off and send back
    case handoffTimeIn, handoffArticles
    // Tier queues' area filter
    case keyArea, toastArea, allAreas, queueArea
    // Drafts kept across a signal
    case draftRestored, draftNotRestored, draftNotSaved, tooSmallTyping
}
