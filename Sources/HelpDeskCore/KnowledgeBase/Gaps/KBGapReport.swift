import Foundation

/// A search that found nothing, aggregated by its folded text and language.
public struct SearchGap: Sendable, Equatable, Codable {
    /// The folded query (lower case, no accents, single spaces): the aggregation key.
    public var query: String
    /// `es`, `en`, or nil when the search covered every language.
    public var lang: Language?
    /// Zero-result searches for this query in the report's period (to the hour).
    public var count: Int
    public var firstSeen: Date
    public var lastSeen: Date
    public var lastAgent: String

    public init(query: String, lang: Language?, count: Int, firstSeen: Date, lastSeen: Date, lastAgent: String) {
        self.query = query
        self.lang = lang
        self.count = count
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.lastAgent = lastAgent
    }

    enum CodingKeys: String, CodingKey {
        case query, lang, count, firstSeen = "first_seen", lastSeen = "last_seen", lastAgent = "last_agent"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(query, forKey: .query)
        try c.encode(lang, forKey: .lang)  // null for "every language", never missing
        try c.encode(count, forKey: .count)
        try c.encode(firstSeen, forKey: .firstSeen)
        try c.encode(lastSeen, forKey: .lastSeen)
        try c.encode(lastAgent, forKey: .lastAgent)
    }
}

/// A category whose tickets were escalated in the period while no published article covers it.
public struct UncoveredCategory: Sendable, Equatable, Codable {
    public var category: String
    /// Distinct tickets of the category escalated in the period.
    public var escalatedTickets: Int
    /// The most recently escalated ones, newest first (a handful, for drill-down).
    public var tickets: [GapTicket]

    public init(category: String, escalatedTickets: Int, tickets: [GapTicket]) {
        self.category = category
        self.escalatedTickets = escalatedTickets
        self.tickets = tickets
    }

    enum CodingKeys: String, CodingKey {
        case category, escalatedTickets = "escalated_tickets", tickets
    }
}

/// An escalated ticket of an uncovered category, as the drill-down lists it. `subject` is
/// untrusted text.
public struct GapTicket: Sendable, Equatable, Codable {
    public var id: Int64
    public var subject: String
    public var status: TicketStatus

    public init(id: Int64, subject: String, status: TicketStatus) {
        self.id = id
        self.subject = subject
        self.status = status
    }
}

/// Where the knowledge base fails the desk (`kb gaps`, `report --json` `kb_gaps`, the
/// dashboard's KB-gaps tile): searches that found nothing, and escalated categories without a
/// published article. Both computed in SQL at read time, for `[from, to)`.
public struct KBGapReport: Sendable, Equatable, Codable {
    /// Zero-result searches last seen in the period (sum of their counts).
    public var gapSearches: Int
    /// Distinct gap queries last seen in the period.
    public var gapQueries: Int
    /// The most frequent gap queries, most searched first.
    public var searches: [SearchGap]
    /// Escalated categories with no published article, most escalations first.
    public var uncoveredCategories: [UncoveredCategory]

    public init(gapSearches: Int = 0, gapQueries: Int = 0, searches: [SearchGap] = [], uncoveredCategories: [UncoveredCategory] = []) {
        self.gapSearches = gapSearches
        self.gapQueries = gapQueries
        self.searches = searches
        self.uncoveredCategories = uncoveredCategories
    }

    public static let empty = KBGapReport()

    enum CodingKeys: String, CodingKey {
        case gapSearches = "gap_searches", gapQueries = "gap_queries", searches
        case uncoveredCategories = "uncovered_categories"
    }

    /// `metric,group,value` rows for `report --csv`.
    public var csvRows: [[String]] {
        var rows = [["kb_gap_searches", "", "\(gapSearches)"], ["kb_gap_queries", "", "\(gapQueries)"],
                    ["kb_uncovered_categories", "", "\(uncoveredCategories.count)"]]
        rows += searches.map { ["kb_gap_query", $0.query, "\($0.count)"] }
        rows += uncoveredCategories.map { ["kb_uncovered_category", $0.category, "\($0.escalatedTickets)"] }
        return rows
    }
}

/// The aggregation key of a gap search: what two technicians typing the same thing share.
public enum SearchGapKey {
    /// Longest query kept, in characters: a pasted log line is not a topic.
    public static let maxLength = 120

    /// Lower case, accents folded, controls dropped, runs of spaces collapsed; nil for text too
    /// short to mean anything (one character, or only punctuation).
    public static func fold(_ text: String) -> String? {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let words = ControlCharacters.replacing(in: folded, with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard words.filter({ $0.isLetter || $0.isNumber }).count >= 2 else { return nil }
        return String(words.prefix(maxLength))
    }
}

/// What happened to a gap search's bookkeeping. The search itself never depends on it.
public enum SearchGapOutcome: Sendable, Equatable {
    case recorded
    /// Too short or only punctuation: not worth a row.
    case ignored
    /// The write failed (locked, read-only file...); the message is for a debug log only.
    case failed(String)
}
