import GRDB
import HelpDeskCore

/// Builds the SQL for a `TicketQuery`: filters, "most urgent first" order and keyset paging.
struct TicketQuerySQL {
    private(set) var whereClauses: [String] = []
    private(set) var whereArguments = StatementArguments()
    let limit: Int
    let after: TicketCursor?
    let order: TicketOrder
    /// Whether the filter pins `done` to one value (see init).
    private(set) var doneFixed = false

    init(_ query: TicketQuery) {
        limit = max(1, min(query.limit, 10_000))
        after = query.after
        order = query.order
        if let tiers = query.tiers, !tiers.isEmpty {
            if tiers.count == 1 {
                add("tier = ?", [tiers.first!.rawValue])
            } else {
                add("tier IN (\(placeholders(tiers.count)))", tiers.map(\.rawValue).sorted())
            }
        }
        // When every wanted status is open work (or every one is finished), `done` is fixed: saying
        // so lets SQLite walk the queue index in order instead of sorting the whole queue.
        if let statuses = query.statuses, !statuses.isEmpty, Set(statuses.map(\.isActive)).count == 1 {
            doneFixed = true
            whereClauses.append(statuses.first!.isActive ? "done = 0" : "done = 1")
        }
        if let statuses = query.statuses, statuses == TicketQuery.activeStatuses {
            // `done = 0` says it all.
        } else if let statuses = query.statuses, !statuses.isEmpty {
            add("status IN (\(placeholders(statuses.count)))", statuses.map(\.rawValue).sorted())
        }
        switch query.assignment {
        case .any: break
        case .unassigned: whereClauses.append("assignee IS NULL")
        case .agent(let login): add("assignee = ?", [login])
        }
        if let sla = query.sla {
            // The same conditions as the dashboard's list and the report's counts (`MetricsQueries`).
            switch sla.state {
            case .breached:
                add("id IN (SELECT ticket_id FROM ticket_sla WHERE open = 1 AND breach_at <= ?)", [sla.asOf])
            case .atRisk:
                add("id IN (SELECT ticket_id FROM ticket_sla WHERE open = 1 AND alert_from <= ? AND (breach_at IS NULL OR breach_at > ?))",
                    [sla.asOf, sla.asOf])
            }
        }
        if let requester = query.requester { add("requester = ? COLLATE NOCASE", [requester]) }
        if let category = query.category { add("category = ? COLLATE NOCASE", [category]) }
        if let text = query.text {
            let match = FTSQuery.safeMatch(text)
            if let id = Int64(text.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["#"])) {
                if let match {
                    add("(id = ? OR id IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ?))", [id, match])
                } else {
                    add("id = ?", [id])
                }
            } else if let match {
                add("id IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ?)", [match])
            } else {
                whereClauses.append("0")
            }
        }
    }

    private mutating func add(_ clause: String, _ values: [any DatabaseValueConvertible]) {
        whereClauses.append(clause)
        _ = whereArguments.append(contentsOf: StatementArguments(values))
    }

    private func placeholders(_ n: Int) -> String {
        Array(repeating: "?", count: n).joined(separator: ",")
    }

    private var filter: String {
        whereClauses.isEmpty ? "" : "WHERE " + whereClauses.joined(separator: " AND ")
    }

    var select: String {
        var clauses = whereClauses
        switch order {
        case .urgency:
            if after != nil {
                clauses.append(doneFixed ? "(priority, created_at, id) > (?, ?, ?)" : "(done, priority, created_at, id) > (?, ?, ?, ?)")
            }
        case .newest:
            if after != nil { clauses.append("(created_at, id) < (?, ?)") }
        }
        let w = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        let orderBy = order == .urgency ? "done, priority, created_at, id" : "created_at DESC, id DESC"
        return "SELECT * FROM tickets \(w) ORDER BY \(orderBy) LIMIT \(limit)"
    }

    var arguments: StatementArguments {
        var args = whereArguments
        if let after {
            switch order {
            case .urgency:
                if !doneFixed { _ = args.append(contentsOf: [after.done ? 1 : 0]) }
                _ = args.append(contentsOf: [after.priority.rank, after.createdAt, after.id])
            case .newest:
                _ = args.append(contentsOf: [after.createdAt, after.id])
            }
        }
        return args
    }

    var count: String { "SELECT COUNT(*) FROM tickets \(filter)" }
    var countArguments: StatementArguments { whereArguments }
}

/// Turns anything a technician types into a safe FTS5 expression: each word quoted, so
/// operators and quotes in the input are plain text; the last word is a prefix.
enum FTSQuery {
    static func safeMatch(_ text: String) -> String? {
        let words = text.split { !($0.isLetter || $0.isNumber) }.map(String.init).prefix(16)
        guard !words.isEmpty else { return nil }
        return words.enumerated().map { index, word in
            let quoted = "\"" + word.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            return index == words.count - 1 ? quoted + "*" : quoted
        }.joined(separator: " ")
    }
}
