/// Where the app keeps the one draft of an agent on a database between runs.
///
/// The app calls ``save(_:)`` debounced while text is typed, at once when the text is sent or
/// cancelled (nil: nothing to keep) and when a signal ends the session; ``load()`` at start.
public protocol DraftStoring: Sendable {
    /// The draft left by the last session, or nil.
    func load() throws(DraftStoreError) -> Draft?
    /// Replaces the stored draft; nil deletes it.
    func save(_ draft: Draft?) throws(DraftStoreError)
    /// Where it is kept, for messages ("draft kept in …").
    var location: String { get }
}

/// Why a draft could not be read or written.
public enum DraftStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read the draft in \(path): \(reason)"
        case .unwritable(let path, let reason): "cannot save the draft in \(path): \(reason)"
        }
    }
}
