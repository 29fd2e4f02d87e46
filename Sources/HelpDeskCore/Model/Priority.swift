/// How much of the business a problem touches.
public enum Impact: String, Codable, CaseIterable, Sendable {
    case low, medium, high
}

/// How soon the business needs it fixed.
public enum Urgency: String, Codable, CaseIterable, Sendable {
    case low, medium, high
}

/// P1 is the most urgent. Raw values are the spelling in the CLI and JSON.
public enum Priority: String, Codable, CaseIterable, Sendable, Comparable {
    case p1 = "P1", p2 = "P2", p3 = "P3", p4 = "P4"

    public var rank: Int {
        switch self {
        case .p1: 1
        case .p2: 2
        case .p3: 3
        case .p4: 4
        }
    }

    public init?(rank: Int) {
        guard let p = Priority.allCases.first(where: { $0.rank == rank }) else { return nil }
        self = p
    }

    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rank < rhs.rank }
}

/// Impact × urgency → priority. Organisations tune this table, so it is data, not code.
public struct PriorityMatrix: Sendable, Equatable, Codable {
    /// `table[impact][urgency]`.
    public var table: [Impact: [Urgency: Priority]]

    public init(table: [Impact: [Urgency: Priority]]) {
        self.table = table
    }

    /// The usual 3×3 matrix: high/high is P1, low/low is P4.
    public static let standard = PriorityMatrix(table: [
        .high: [.high: .p1, .medium: .p2, .low: .p3],
        .medium: [.high: .p2, .medium: .p3, .low: .p4],
        .low: [.high: .p3, .medium: .p4, .low: .p4],
    ])

    public func priority(impact: Impact, urgency: Urgency) -> Priority {
        table[impact]?[urgency] ?? .p3
    }
}
