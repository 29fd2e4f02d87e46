import Foundation
import HelpDeskCore

/// `K`: drafting a knowledge-base article from a resolved ticket. The core decides who may and
/// writes the pre-filled text; the technician edits it in `$VISUAL`/`$EDITOR` (the same
/// `# title` + Markdown file as the reader's `E`); only then is it saved, as a draft linked
/// `drafted-from` the ticket, and the reader opens on it. Cancelling the editor saves nothing.
extension HelpDeskApp {
    func draftArticle(fromTicket ticketID: Int64) {
        let l10n = context.l10n
        guard let kb = configuration.knowledgeBase else {
            showToast(l10n(.toastDisabled, l10n.actionTitle(Act.kbDraft), l10n(.reasonKBMissing)), .error)
            return
        }
        let agent = configuration.agent
        var draft: ArticleDraft
        do {
            draft = try kb.proposeDraft(fromTicket: ticketID, by: agent)
        } catch {
            showDraftFailure(error)
            return
        }
        let edited: String?
        do {
            let editor = configuration.editor
            let initial = ArticleEditText.compose(title: draft.title, body: draft.body)
            edited = try terminal.withSuspended { try editor.edit(initial) }
        } catch {
            showToast(l10n(.toastEditorFailed, "\(error)"), .error)
            return
        }
        guard let edited else {
            showToast(l10n(.toastKbDraftDiscarded, "\(ticketID)"), .info)
            return
        }
        guard let parsed = ArticleEditText.parse(edited) else {
            showToast(l10n(.toastKbNoTitle), .error)
            return
        }
        if let problem = FieldLimits.articleTitle.problem(in: parsed.title) {
            showToast(l10n(.toastRefused, l10n.shortText(problem, label: l10n(.kbTitleLabel))), .error)
            return
        }
        draft.title = parsed.title
        draft.body = parsed.body
        do {
            let article = try kb.saveDraft(draft, fromTicket: ticketID, by: agent, now: configuration.clock())
            changeToken = try? repository.changeToken()
            reloadTop(refresh: true)
            push(ArticleReaderScreen(knowledgeBase: kb, articleID: article.id))
            showToast(l10n(.toastKbDrafted, article.externalID ?? "KB-\(article.id)", "\(ticketID)"), .success)
        } catch {
            showDraftFailure(error)
        }
    }

    private func showDraftFailure(_ error: any Error) {
        let l10n = context.l10n
        if let refusal = error as? ArticleDraftError {
            showToast(l10n(.toastRefused, refusal.description), .error)
        } else if case .refused(let refusal) = configuration.classify(error) {
            showToast(l10n(.toastRefused, refusal.description), .error)
        } else {
            showToast(l10n(.toastError, describe(error)), .error)
        }
    }
}
