import Foundation

/// Why an article cannot be drafted from a ticket. Messages are sentences for the technician.
public enum ArticleDraftError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The agent's role may not draft articles from tickets (CLI exit 77).
    case notPermitted(String)
    /// The ticket has no resolution to write up yet (CLI exit 65).
    case notResolved(String)

    public var description: String {
        switch self {
        case .notPermitted(let reason), .notResolved(let reason): reason
        }
    }
}

/// Turning a resolved ticket into a knowledge-base draft: who may, and the pre-filled text.
///
/// Pure functions of the ticket and its history, so the UI's `K`, `kb draft-from-ticket` and
/// the tests all get the same text. The ticket's words are untrusted: control characters and
/// bidi overrides are dropped here (an article body should never carry them), and every
/// screen still sanitises what it draws.
public enum TicketArticleDraft {
    /// Why `agent` may not draft an article from `ticket`, or nil. Role first, then state:
    /// first line proposes articles by writing them (`kb add`), specialists and supervisors
    /// write up what they solved; only a resolved or closed ticket has a resolution to copy.
    public static func refusal(ticket: Ticket, by agent: Agent) -> ArticleDraftError? {
        if !agent.role.reviewsArticles {
            return .notPermitted("\(agent.login) (\(agent.role.rawValue)) cannot draft an article from #\(ticket.id): "
                + "only L2, L3 and supervisors write up resolutions; ask the specialist who solved it")
        }
        if ticket.status.isActive {
            return .notResolved("#\(ticket.id) is \(ticket.status.rawValue): only a resolved or closed ticket can become an article; resolve it first")
        }
        return nil
    }

    /// The draft: the subject as title, and a Markdown body with the symptom (the description),
    /// what each tier tried and why it escalated, and the resolution. Language and headings
    /// follow the ticket's text; the category is the ticket's.
    public static func build(ticket: Ticket, history: [TicketEvent]) -> ArticleDraft {
        let resolution = history.last { $0.type == .resolved }?.text.map(clean) ?? ""
        let description = clean(ticket.description)
        let subject = singleLine(clean(ticket.subject))
        let lang = LanguageGuess.guess([subject, description, resolution].joined(separator: "\n"))
        let words = Headings.for(lang)

        var sections: [String] = []
        sections.append("## \(words.symptom)\n\n" + (description.isEmpty ? subject : description))
        let handoffs = history.filter { $0.type == .escalated }.map { handoff($0, words) }
        if !handoffs.isEmpty {
            sections.append("## \(words.tried)\n\n" + handoffs.joined(separator: "\n"))
        }
        sections.append("## \(words.resolution)\n\n" + (resolution.isEmpty ? words.noResolution : resolution))
        sections.append("_\(words.source) #\(ticket.id)._")
        // A subject stored before the limits (or longer than a title may be) is shortened, so
        // an old ticket can still be written up.
        let limit = FieldLimits.articleTitle.limit
        let title = subject.isEmpty ? "\(words.ticket) #\(ticket.id)"
            : subject.count > limit ? String(subject.prefix(limit - 1)).trimmed + "…" : subject
        return ArticleDraft(title: title, body: sections.joined(separator: "\n\n"), lang: lang,
                            // A category stored before the limits that no article may have is left out.
                            category: ticket.category.map(clean).flatMap { $0.isEmpty || FieldLimits.category.problem(in: $0) != nil ? nil : $0 })
    }

    /// `- L1 → L2 (ana): reason. Tried: what.` — one bullet per hand-off, continuation lines indented.
    static func handoff(_ e: TicketEvent, _ words: Headings) -> String {
        let from = e.fromTier?.label ?? "?"
        let to = e.externalName.map(clean).map(singleLine) ?? e.toTier?.label ?? "?"
        var text = "- \(from) → \(to) (\(singleLine(clean(e.actor))))"
        if let reason = e.reason.map(clean), !reason.isEmpty { text += ": " + indented(reason) }
        if let tried = e.tried.map(clean), !tried.isEmpty { text += "\n  \(words.triedLabel): " + indented(tried) }
        return text
    }

    /// Drops control characters (except newline and tab) and bidi overrides, normalises line
    /// ends and trims: what is left is plain text that is safe to keep in Markdown.
    public static func clean(_ text: String) -> String {
        ControlCharacters.replacing(in: text.replacingOccurrences(of: "\r\n", with: "\n"), with: nil, keep: ["\n", "\t"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Continuation lines of a bullet, indented so Markdown keeps them in the item.
    static func indented(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\n  ") }

    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// Section headings in the article's language.
    struct Headings {
        var symptom, tried, resolution, triedLabel, noResolution, source, ticket: String

        static func `for`(_ lang: Language) -> Headings {
            switch lang {
            case .es: Headings(symptom: "Síntoma", tried: "Qué se probó", resolution: "Solución", triedLabel: "Probado",
                               noResolution: "_No se anotó la solución: descríbela aquí._", source: "Redactado a partir del ticket",
                               ticket: "Ticket")
            case .en: Headings(symptom: "Symptom", tried: "What was tried", resolution: "Resolution", triedLabel: "Tried",
                               noResolution: "_No resolution text was recorded: describe the fix here._",
                               source: "Drafted from ticket", ticket: "Ticket")
            }
        }
    }
}
