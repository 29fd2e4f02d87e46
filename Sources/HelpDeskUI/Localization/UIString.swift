/// Every piece of UI text, by key. A closed set, so a missing translation is a test failure
/// rather than an English word appearing in the Spanish interface.
public enum UIString: String, CaseIterable, Sendable {
    // Screens and title bar
    case product, screenQueue, screenAllTiers, screenDetail, counterMine, counterUnassigned, counterTotal
    // Domain names
    case statusNew, statusOpen, statusPendingCustomer, statusPendingVendor, statusResolved, statusClosed
    case tierExternal, roleSupervisor, roleAdmin, kindIncident, kindRequest, levelLow, levelMedium, levelHigh
    // List
    case colPriority, colStatus, colSubject, colRequester, colAssignee
    case filterMine, filterUnassigned, filterAll, sortUrgency, sortNewest
    case listSummary, listSearch, listEmpty, moreBelow
    // Detail
    case fieldRequester, fieldAssignee, fieldStatus, fieldTier, fieldPriority, fieldArea, fieldCreated
    case fieldKind, fieldPlan, fieldUpdated, unassigned, sectionDescription, sectionHistory, noDescription
    case evCreated, evReply, evNote, evAssigned, evTaken, evStatus, evEscalated, evEscalatedExternal
    case evDeescalated, evKbLinked, evKbViewed, evResolved, evReopened, evClosed, evSlaAtRisk, evSlaBreached
    case evFirstContact, evCsat, handoffTitle, handoffReason, handoffTried, handoffNote, handoffArea
    case sentBackTitle, internalTag, replyTag
    // Help overlay
    case helpTitle, helpFooter, helpCommands, helpThisScreen, keyFilter, keySort, keyChoose
    case slaHeader, slaFirstResponse, slaNextUpdate, slaResolution
    // Toasts
    case toastTaken, toastAssigned, toastReplied, toastNoted, toastStatus, toastEscalated, toastSentBack
    case toastResolved, toastReopened, toastClosed, toastUpdated, toastConflict, toastRefused, toastError
    case toastNotFound, toastPeriod, toastLanguage, toastUnknownCommand, toastUsage
    case toastTheme, toastNoSelection, toastEditorFailed, toastEmptyText, toastDisabled, toastKeyUnbound
    case toastFilter, toastSort
    // Disabled reasons
    case reasonNoTicket, reasonKBMissing, reasonNotSearchable
    // Small terminal
    case tooSmall, tooSmallHint
    // Composer, pickers and forms
    case composeNote, composeReply, composeResolve, composeHint
    case pickStatus, pickAssign, pickHint, pickNoAgents
    case formEscalateTitle, formSendBackTitle, formTarget, formArea, formReason, formTried, formExternalName
    case formUrgencyNote, formCoachingNote, formHint, formRequired, formMissing, formConfirmDiscard
    case targetVendor, targetDepartment, choiceHint
    // Dashboard
    case screenDashboard, screenAgentTickets, counterBreached, periodToday, periodDays, dashOpen, dashAtRisk, dashBreached
    case dashFCR, dashEscalation, dashTrendDays, dashMTTR, dashEscalatedFrom, dashCreated, dashResolved
    case dashBacklog, dashOlder, dashAttention, dashNothingAtRisk, dashWorkload, dashNoWorkload, dashUnavailable
    case dashBusinessTime, screenSLAAtRisk, screenSLABreached, listSummaryOne, statusPendingCustomerShort, statusPendingVendorShort
    // Command line
    case cmdQuit, cmdLang, cmdTheme, cmdScreen, cmdOpen, cmdHelp, searchPrompt
    // Knowledge base
    case screenKB, screenKBReview, screenArticle, kbCounterPublished, kbCounterReview, kbSearchLabel, kbLangAll
    case kbLangLabel, kbHint, kbKeyResults, kbKeyLeave, kbNoResults, kbReviewEmpty, kbResults, kbResultsOne, articleDraft, articleReview, articlePublished
    case articleRetired, kbByline, kbFeedback, kbRatePrompt, toastKbHelpful, toastKbNotHelpful, toastKbRated
    case toastKbSaved, toastKbUnchanged, toastKbMoved, toastKbNoTitle, toastKbBadTitle, kbTitleLabel, reasonKBReviewers, kbReviewHint, reasonKBLink, kbCounterForTicket, toastArticleLinked
    // Knowledge base: links, drafts from tickets, gaps
    case toastKbDrafted, toastKbDraftDiscarded, kbLinkedTickets, kbNoLinks, linkUsed, linkSuggested, linkDrafted, detailArticles
    case dashKBGaps, dashGapCounts, dashGapNone, dashGapSearches, dashGapCategories, screenKBGaps, gapsHint, gapsEmpty, gapsPeriod
    // Dashboard: coverage now
    case dashCoverage, dashCoverageOnShift, dashCoverageGaps, dashCoverageCovered, dashCoverageOpen, dashCoverageBreached
    case dashCoverageStaffed, dashCoverageAnyArea, dashCoverageNoWork
}
