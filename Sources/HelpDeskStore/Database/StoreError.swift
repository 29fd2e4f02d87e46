import HelpDeskCore

/// Why the store could not do what was asked. Messages are one line, for a technician.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The database file cannot be opened or created.
    case unavailable(path: String, reason: String)
    /// Another process held the database lock past the retry budget.
    case locked(path: String)
    /// The file was written by a newer helpdesk; refusing protects its data.
    case newerSchema(path: String, migration: String)
    /// The file is not a valid SQLite database or fails its integrity check.
    case corrupt(path: String, reason: String)
    /// The disk is full or the file may not grow; nothing was written.
    case full(path: String)
    /// The file or its folder is read-only.
    case readOnly(path: String)
    case ticketNotFound(Int64)
    case agentNotFound(String)
    case articleNotFound(String)
    /// Someone else changed the ticket after it was read (optimistic concurrency).
    case conflict(ticketID: Int64, expected: Int, actual: Int)
    case duplicate(String)
    case invalidInput(String)
    /// The core's workflow refused the action.
    case refused(WorkflowError)

    public var description: String {
        switch self {
        case .unavailable(let path, let reason): "database \(path) is unavailable: \(reason)"
        case .locked(let path): "database \(path) is locked by another process; try again in a moment"
        case .newerSchema(let path, let migration):
            "database \(path) was created by a newer helpdesk (unknown migration \"\(migration)\"); upgrade helpdesk"
        case .corrupt(let path, let reason): "database \(path) is damaged: \(reason); restore it from a backup (see README)"
        case .full(let path): "cannot write to \(path): the disk is full or the file size limit was reached; nothing was saved"
        case .readOnly(let path): "cannot write to \(path): the database is read-only"
        case .ticketNotFound(let id): "no ticket #\(id)"
        case .agentNotFound(let login): "no agent with login \"\(login)\""
        case .articleNotFound(let id): "no article \(id)"
        case .conflict(let id, _, _):
            "#\(id) was changed by someone else a moment ago; reload it and try again"
        case .duplicate(let what): what
        case .invalidInput(let message): message
        case .refused(let error): error.description
        }
    }
}
