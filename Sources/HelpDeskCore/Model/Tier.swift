/// The support level that currently owns a ticket.
///
/// Tiers are ordered: escalation only ever moves a ticket to a higher tier, and
/// `external` (a vendor or another department) is above every internal tier.
public enum Tier: String, Codable, CaseIterable, Sendable, Comparable {
    case l1, l2, l3, external

    var rank: Int {
        switch self {
        case .l1: 0
        case .l2: 1
        case .l3: 2
        case .external: 3
        }
    }

    public static func < (lhs: Tier, rhs: Tier) -> Bool { lhs.rank < rhs.rank }

    /// The internal tier one step up, if any.
    public var next: Tier? {
        switch self {
        case .l1: .l2
        case .l2: .l3
        case .l3, .external: nil
        }
    }

    /// The tier one step down (for an external ticket, see `Ticket.returnTier`).
    public var previous: Tier? {
        switch self {
        case .l1: nil
        case .l2: .l1
        case .l3: .l2
        case .external: .l3
        }
    }

    /// Short label as shown in lists: `L1`, `L2`, `L3`, `EXT`.
    public var label: String {
        switch self {
        case .l1: "L1"
        case .l2: "L2"
        case .l3: "L3"
        case .external: "EXT"
        }
    }
}
