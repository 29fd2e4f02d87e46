import Foundation

/// One thing already done on a ticket, offered in the escalation wizard's "what was tried"
/// checklist so the technician confirms rather than retypes it.
public struct TriedItem: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A knowledge-base article read or linked (`kb_viewed` / `kb_linked`).
        case article(id: Int64, reference: String, title: String?)
        /// A public reply to the requester.
        case reply(String)
        /// An internal note.
        case note(String)
    }

    public var kind: Kind
    public var at: Date
    public var checked: Bool

    public init(kind: Kind, at: Date, checked: Bool) {
        self.kind = kind
        self.at = at
        self.checked = checked
    }
}

/// What the checklist needs to know about an article to name it (the history only has its id).
public struct ArticleLabel: Sendable, Equatable {
    public var reference: String
    public var title: String

    public init(reference: String, title: String) {
        self.reference = reference
        self.title = title
    }
}

/// Builds the checklist from a ticket's history.
///
/// Articles and replies start ticked (they are what the requester was told or what the agent
/// followed); internal notes start unticked because they are often observations, not attempts.
/// Each article appears once, however often it was opened.
public enum TriedChecklist {
    public static func items(from history: [TicketEvent], articles: [Int64: ArticleLabel] = [:]) -> [TriedItem] {
        var items: [TriedItem] = []
        var seenArticles = Set<Int64>()
        for event in history {
            switch event.type {
            case .kbViewed, .kbLinked:
                guard let id = event.articleID, seenArticles.insert(id).inserted else { continue }
                let label = articles[id]
                items.append(TriedItem(kind: .article(id: id, reference: label?.reference ?? "KB-\(id)", title: label?.title),
                                       at: event.at, checked: true))
            case .reply:
                guard let text = event.text, !text.isBlank else { continue }
                items.append(TriedItem(kind: .reply(text), at: event.at, checked: true))
            case .note:
                guard let text = event.text, !text.isBlank else { continue }
                items.append(TriedItem(kind: .note(text), at: event.at, checked: false))
            default:
                continue
            }
        }
        return items
    }

    /// The article ids a history mentions, so the caller can fetch their labels first.
    public static func articleIDs(in history: [TicketEvent]) -> [Int64] {
        var seen = Set<Int64>()
        return history.compactMap { event in
            guard [.kbViewed, .kbLinked].contains(event.type), let id = event.articleID, seen.insert(id).inserted else { return nil }
            return id
        }
    }
}
