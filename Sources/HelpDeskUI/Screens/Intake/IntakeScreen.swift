import Foundation
import HelpDeskCore
import TerminalKit

/// The intake form (`n`, UX.md): requester with autocompletion, kind, subject, details, area,
/// impact and urgency with the priority computed live, and the published KB articles that
/// match what is being typed. An article can be read in place; `x` on it logs the ticket,
/// links the article and resolves it at first contact.
public struct IntakeScreen: Screen {
    public enum Field: Int, CaseIterable, Sendable {
        case requester, kind, subject, details, area, impact, urgency, suggestions
    }

    public internal(set) var focus: Field = .requester
    var requester = TextInput()
    var subject = TextInput()
    var details = TextInput(multiline: true)
    var area = TextInput()
    public private(set) var kind: TicketKind = .incident
    public private(set) var impact: Impact = .medium
    public private(set) var urgency: Urgency = .medium
    /// Requesters matching what is typed (the first is offered as the completion).
    public internal(set) var matches: [RequesterProfile] = []
    var matchesFor: String?
    public internal(set) var suggestions: [ArticleSuggestion] = []
    var suggestionsFor: String?
    public internal(set) var suggestionCursor = 0
    /// The article open in the reader, if any.
    public internal(set) var reader: ArticleReader?
    /// An article asked for by Enter, fetched on the next load.
    var pendingArticle: Int64?
    /// Articles opened while logging, recorded on the ticket (`kb_viewed`) once it exists.
    public internal(set) var viewed: [Int64] = []
    /// The article that resolves the ticket, while the save is in flight.
    var resolvingWith: ArticleSuggestion?
    var errors: [Field: String] = [:]
    public private(set) var confirmingCancel = false
    var submitting = false

    public init() {}

    /// The form as it was when a signal ended the last session.
    public init(restoring draft: Draft) {
        requester = TextInput(draft["requester"])
        subject = TextInput(draft["subject"])
        details = TextInput(draft["details"], multiline: true)
        area = TextInput(draft["area"])
        kind = TicketKind(rawValue: draft["kind"]) ?? .incident
        impact = Impact(rawValue: draft["impact"]) ?? .medium
        urgency = Urgency(rawValue: draft["urgency"]) ?? .medium
        focus = subject.isBlank ? .subject : details.isBlank ? .details : .subject
    }

    /// Nothing is kept while the ticket is being saved: it is about to exist.
    public var draft: Draft? {
        guard !submitting else { return nil }
        return Draft.typed(.intake, text: ["requester": requester.text, "subject": subject.text, "details": details.text, "area": area.text],
                           choices: ["kind": kind.rawValue, "impact": impact.rawValue, "urgency": urgency.rawValue])
    }

    public var name: String { ScreenName.intake }
    public var actionTicket: Ticket? { nil }
    public var wantsRawKeys: Bool { true }
    public var wantsIdleLoad: Bool {
        matchesFor != requester.text || suggestionsFor != suggestionQuery || pendingArticle != nil
    }

    public func title(_ context: ScreenContext) -> String { context.l10n(.intakeTitle) }
    public func disabledReason(_ action: ActionID, _ context: ScreenContext) -> String? { nil }

    /// Subject and details together: the description often names the error message.
    var suggestionQuery: String {
        (subject.text + " " + details.text).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public var priority: Priority { PriorityMatrix.standard.priority(impact: impact, urgency: urgency) }

    var hasInput: Bool { !requester.isBlank || !subject.isBlank || !details.isBlank || !area.isBlank }

    /// The form as the core's ``NewTicket`` (validated by the store).
    var newTicket: NewTicket {
        NewTicket(kind: kind, subject: subject.text, description: details.text, requester: requester.text,
                  category: area.isBlank ? nil : area.text, impact: impact, urgency: urgency)
    }

    public mutating func handle(_ input: ScreenInput, context: ScreenContext) -> [Effect] {
        switch input {
        case .performed(let result): return finished(result, context: context)
        case .key(let key):
            guard !submitting else { return [] }
            if confirmingCancel {
                confirmingCancel = false
                return [.character("y"), .character("Y"), .character("s"), .character("S")].contains(key) ? [.back] : []
            }
            if reader != nil { return readerKey(key, context: context) }
            return formKey(key, context: context)
        case .action, .search, .edited: return []
        }
    }

    private mutating func formKey(_ key: Key, context: ScreenContext) -> [Effect] {
        switch key {
        case .escape:
            if hasInput { confirmingCancel = true; return [] }
            return [.back]
        case .ctrl("s"): return save(context: context)
        case .tab:
            if focus == .requester, let match = matches.first, match.requester.handle.lowercased() != requester.text.lowercased() {
                requester.set(match.requester.handle)
            }
            move(1)
        case .backTab: move(-1)
        case .enter where focus == .suggestions:
            guard suggestions.indices.contains(suggestionCursor) else { return [] }
            pendingArticle = suggestions[suggestionCursor].id
            return [.reload]
        case .character("x") where focus == .suggestions:
            guard suggestions.indices.contains(suggestionCursor) else { return [] }
            return resolve(with: suggestions[suggestionCursor], context: context)
        case .enter where focus == .details:
            details.handle(key)
        case .enter:
            move(1)
        case .down where focus != .details:
            if focus == .suggestions { suggestionCursor = min(max(0, suggestions.count - 1), suggestionCursor + 1) } else { move(1) }
        case .up where focus != .details:
            if focus == .suggestions, suggestionCursor > 0 { suggestionCursor -= 1 } else { move(-1) }
        default:
            edit(key, context: context)
        }
        return []
    }

    private mutating func edit(_ key: Key, context: ScreenContext) {
        errors[focus] = nil
        switch focus {
        case .requester: requester.handle(key)
        case .subject: subject.handle(key)
        case .details: details.handle(key)
        case .area: area.handle(key)
        case .kind:
            if [.left, .right, .character(" ")].contains(key) { kind = kind == .incident ? .request : .incident }
        case .impact: impact = Self.cycle(impact, key)
        case .urgency: urgency = Self.cycle(urgency, key)
        case .suggestions: break
        }
        // Typing past a short field's limit (or pasting a control character into it) is
        // flagged at once under the field; what was typed stays as it is.
        if let problem = textProblem(focus, l10n: context.l10n) { errors[focus] = problem }
    }

    /// The one-line fields and their rules (``FieldLimits``); the details are free text.
    static let shortFields: [(Field, ShortTextField, TierString)] = [
        (.requester, FieldLimits.requester, .intakeRequester), (.subject, FieldLimits.subject, .intakeSubject),
        (.area, FieldLimits.category, .intakeArea),
    ]

    /// What is wrong with a one-line field's text, in the technician's language, or nil.
    func textProblem(_ field: Field, l10n: Localizer) -> String? {
        guard let (_, rule, label) = Self.shortFields.first(where: { $0.0 == field }) else { return nil }
        let input = switch field {
        case .requester: requester
        case .subject: subject
        default: area
        }
        return rule.problem(in: input.text).map { l10n.shortText($0, label: l10n(label)) }
    }

    static func cycle<T: CaseIterable & Equatable>(_ value: T, _ key: Key) -> T {
        let all = Array(T.allCases)
        let index = all.firstIndex(of: value)!
        switch key {
        case .left: return all[max(0, index - 1)]
        case .right, .character(" "): return all[min(all.count - 1, index + 1)]
        default: return value
        }
    }

    private mutating func move(_ delta: Int) {
        let count = suggestions.isEmpty ? Field.allCases.count - 1 : Field.allCases.count
        focus = Field(rawValue: (focus.rawValue + delta + count) % count) ?? .requester
    }

    private mutating func readerKey(_ key: Key, context: ScreenContext) -> [Effect] {
        guard var open = reader else { return [] }
        switch key {
        case .escape: reader = nil
        case .character("x"):
            reader = nil
            return resolve(with: open.suggestion, context: context)
        default:
            open.scrollBy(key)
            reader = open
        }
        return []
    }

    /// Client-side checks first, so the cursor lands on the missing or refused field without a
    /// round trip (the store checks the same ``FieldLimits`` again).
    private mutating func validate(_ context: ScreenContext) -> Bool {
        let l10n = context.l10n
        if requester.isBlank { errors[.requester] = l10n(.intakeMissing, l10n(.intakeRequester)) }
        if subject.isBlank { errors[.subject] = l10n(.intakeMissing, l10n(.intakeSubject)) }
        for (field, _, _) in Self.shortFields {
            if let problem = textProblem(field, l10n: l10n) { errors[field] = problem }
        }
        if let first = Field.allCases.first(where: { errors[$0] != nil }) { focus = first; return false }
        return true
    }

    private mutating func save(context: ScreenContext) -> [Effect] {
        guard validate(context) else { return [] }
        submitting = true
        return gapRecord + [.createTicket(newTicket, then: [.take] + viewed.map { .viewArticle($0) })]
    }

    /// A ticket logged while the knowledge base suggested nothing for it is a KB gap: its
    /// subject is recorded (the words people use for the problem; the details rarely repeat).
    var gapRecord: [Effect] {
        guard suggestions.isEmpty, suggestionsFor == suggestionQuery, !subject.isBlank else { return [] }
        return [.recordSearchGap(query: subject.text, lang: nil)]
    }

    private mutating func resolve(with article: ArticleSuggestion, context: ScreenContext) -> [Effect] {
        guard validate(context) else { return [] }
        submitting = true
        resolvingWith = article
        let resolution = context.l10n(.readerResolution, article.reference, article.title)
        let views = (viewed.contains(article.id) ? viewed : viewed + [article.id]).map { TicketAction.viewArticle($0) }
        return [.createTicket(newTicket, then: views + [.linkArticle(article.id), .resolve(resolution: resolution, articleID: article.id)])]
    }

    private mutating func finished(_ result: PerformResult, context: ScreenContext) -> [Effect] {
        submitting = false
        let l10n = context.l10n
        switch result {
        case .done(let ticket):
            if let article = resolvingWith {
                let key: TierString = ticket.firstContactResolution ? .intakeResolvedFCR : .intakeResolvedLinked
                return [.reload, .back, .toast(l10n(key, "\(ticket.id)", article.reference), .success)]
            }
            return [.back, .openTicket(ticket.id), .toast(l10n(.intakeSaved, "\(ticket.id)"), .success)]
        case .refused(let message, let field):
            resolvingWith = nil
            let target: Field = switch field {
            case "requester": .requester
            case "subject": .subject
            case "description": .details
            case "category", "area": .area
            default: .subject
            }
            errors[target] = message
            focus = target
        case .conflict, .failed:
            resolvingWith = nil
        }
        return []
    }
}
