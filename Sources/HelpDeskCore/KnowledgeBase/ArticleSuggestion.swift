import Foundation

/// A published article that matches what a technician is typing.
public struct ArticleSuggestion: Sendable, Equatable {
    public var id: Int64
    public var externalID: String?
    public var title: String
    public var lang: Language
    /// Higher is better; comparable within one list only.
    public var score: Double
    /// Plain text around the matches (untrusted: sanitise before drawing).
    public var snippet: String?

    public init(id: Int64, externalID: String?, title: String, lang: Language, score: Double, snippet: String?) {
        self.id = id
        self.externalID = externalID
        self.title = title
        self.lang = lang
        self.score = score
        self.snippet = snippet
    }

    /// How technicians refer to the article: its external id, or `KB-<id>`.
    public var reference: String { externalID ?? "KB-\(id)" }
}
