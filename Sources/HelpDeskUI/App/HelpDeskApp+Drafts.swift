import Foundation
import HelpDeskCore
import TerminalKit

/// Keeping what is being typed across a signal (SIGINT, SIGTERM, SIGHUP) and reopening it on
/// the next start. The screens only report their ``Screen/draft``; the app keeps the store in
/// step with it and ends the loop when the terminal reports a signal.
extension HelpDeskApp {
    /// The text that would be lost now: the draft of the topmost screen that has one.
    public var currentDraft: Draft? {
        stack.reversed().lazy.compactMap(\.draft).first
    }

    /// Makes the store agree with ``currentDraft``. A deletion (the text was sent or cancelled)
    /// is written at once, so a restart never offers text that was already sent; typed text at
    /// most every ``AppConfiguration/draftSaveInterval`` while typing goes on, and at once when
    /// `force` (a signal, quitting).
    func syncDraft(force: Bool) {
        guard let store = draftStore else { return }
        let draft = currentDraft
        guard draft != savedDraft else { return }
        let now = ContinuousClock.now
        if draft != nil, !force, let last = lastDraftSave, now - last < configuration.draftSaveInterval { return }
        do {
            try store.save(draft)
            savedDraft = draft
            lastDraftSave = now
            draftSaveFailed = false
        } catch {
            // Said once, not on every key; the next change tries again.
            if !draftSaveFailed { showToast(context.l10n(.draftNotSaved, error.description), .error) }
            draftSaveFailed = true
            lastDraftSave = now
        }
    }

    /// Ends the loop because of `signal`, keeping the draft first.
    func stop(bySignal signal: Int32) {
        stopSignal = signal
        syncDraft(force: true)
        isRunning = false
    }

    /// Reopens the screen of the draft the last session left, with its text, and says so. A
    /// draft that cannot be reopened (the ticket is gone, the file is damaged) is left where it
    /// is, untouched for this session, and the toast says where.
    func restoreDraft() {
        guard let store = draftStore else { return }
        let l10n = context.l10n
        let draft: Draft?
        do {
            draft = try store.load()
        } catch {
            showToast(l10n(.draftNotRestored, error.description, store.location), .error)
            draftStore = nil
            return
        }
        guard let draft else { return }
        let depth = stack.count
        switch (draft.kind, draft.ticketID) {
        case (.reply, let id?), (.note, let id?), (.resolve, let id?), (.sendBack, let id?):
            push(TicketDetailScreen(ticketID: id, restoring: draft))
        case (.escalation, let id?):
            push(EscalationWizardScreen(ticketID: id, restoring: draft))
        case (.intake, _):
            push(IntakeScreen(restoring: draft))
        default:
            break
        }
        guard stack.count > depth, topScreen.draft != nil else {
            let what = draft.ticketID.map { "#\($0)" } ?? draft.kind.rawValue
            showToast(l10n(.draftNotRestored, what, store.location), .error)
            draftStore = nil
            return
        }
        savedDraft = draft
        showToast(l10n(.draftRestored, draft.ticketID.map { "#\($0)" } ?? l10n(.intakeTitle)), .info)
    }
}
