import Foundation

/// The three promises an SLA makes about a ticket. Raw values are the names used in
/// `sla_at_risk` / `sla_breached` events (`reason`), in config files and in JSON.
public enum SLATimerKind: String, Codable, CaseIterable, Sendable {
    /// From creation to the first public reply by an agent.
    case firstResponse = "first_response"
    /// From each public reply to the next one, while the ticket is open.
    case nextUpdate = "next_update"
    /// From creation to resolution, paused while pending, resumed on reopening.
    case resolution
}

/// The targets for one priority × support plan, and the calendar they are measured on.
public struct SLAPolicy: Sendable, Equatable, Codable {
    public var priority: Priority
    public var plan: SupportPlan
    public var firstResponse: TimeInterval
    /// Nil when the plan promises no regular updates.
    public var nextUpdate: TimeInterval?
    public var resolution: TimeInterval
    /// Name of a calendar in the policy set.
    public var calendar: String
    /// Whether a resolution breach sends the ticket one tier up automatically.
    public var autoEscalate: Bool

    public init(
        priority: Priority, plan: SupportPlan, firstResponse: TimeInterval, nextUpdate: TimeInterval?,
        resolution: TimeInterval, calendar: String, autoEscalate: Bool = false
    ) {
        self.priority = priority
        self.plan = plan
        self.firstResponse = firstResponse
        self.nextUpdate = nextUpdate
        self.resolution = resolution
        self.calendar = calendar
        self.autoEscalate = autoEscalate
    }

    enum CodingKeys: String, CodingKey {
        case priority, plan, firstResponse = "first_response", nextUpdate = "next_update", resolution, calendar
        case autoEscalate = "auto_escalate"
    }

    public func target(_ kind: SLATimerKind) -> TimeInterval? {
        switch kind {
        case .firstResponse: firstResponse
        case .nextUpdate: nextUpdate
        case .resolution: resolution
        }
    }
}

/// Every policy of the desk: a complete priority × plan matrix, the calendars it uses and
/// the at-risk threshold.
///
/// Completeness is checked once, at construction, so lookups never fail at run time: the
/// clock and the evaluator can ask for any ticket's policy without error handling.
public struct SLAPolicySet: Sendable, Equatable {
    public struct Key: Hashable, Sendable {
        public var priority: Priority
        public var plan: SupportPlan
        public init(_ priority: Priority, _ plan: SupportPlan) {
            self.priority = priority
            self.plan = plan
        }
    }

    public private(set) var calendars: [String: BusinessCalendar]
    public private(set) var policies: [Key: SLAPolicy]
    /// Fraction of a target after which a timer is at risk (0.75 = three quarters used).
    public private(set) var atRiskThreshold: Double

    public init(calendars: [BusinessCalendar], policies: [SLAPolicy], atRiskThreshold: Double = 0.75) throws(SLAError) {
        guard atRiskThreshold > 0, atRiskThreshold < 1 else {
            throw .invalidPolicy("the at-risk threshold must lie between 0 and 1 (got \(atRiskThreshold)); 0.75 means three quarters of the target")
        }
        var byName: [String: BusinessCalendar] = [:]
        for c in calendars {
            guard byName[c.name] == nil else { throw .invalidPolicy("calendar \"\(c.name)\" is defined twice") }
            byName[c.name] = c
        }
        var table: [Key: SLAPolicy] = [:]
        for p in policies {
            let where_ = "\(p.priority.rawValue) \(p.plan.rawValue)"
            guard byName[p.calendar] != nil else {
                let known = byName.keys.sorted().joined(separator: ", ")
                throw .invalidPolicy("policy \(where_) uses calendar \"\(p.calendar)\", which is not defined (known: \(known))")
            }
            guard p.firstResponse > 0, p.resolution > 0, (p.nextUpdate ?? 1) > 0 else {
                throw .invalidPolicy("policy \(where_) has a target that is not positive")
            }
            guard table.updateValue(p, forKey: Key(p.priority, p.plan)) == nil else {
                throw .invalidPolicy("policy \(where_) is defined twice")
            }
        }
        for priority in Priority.allCases {
            for plan in SupportPlan.allCases where table[Key(priority, plan)] == nil {
                throw .invalidPolicy("no policy for \(priority.rawValue) \(plan.rawValue); every priority needs a policy for every plan")
            }
        }
        self.calendars = byName
        self.policies = table
        self.atRiskThreshold = atRiskThreshold
    }

    public func policy(for priority: Priority, plan: SupportPlan) -> SLAPolicy {
        // Complete by construction (see init).
        policies[Key(priority, plan)]!
    }

    public func policy(for ticket: Ticket) -> SLAPolicy { policy(for: ticket.priority, plan: ticket.plan) }

    public func calendar(for policy: SLAPolicy) -> BusinessCalendar {
        // Every policy's calendar exists by construction (see init).
        calendars[policy.calendar]!
    }

    /// Policies in a stable order: P1 first, plans from basic to personalised.
    public var orderedPolicies: [SLAPolicy] {
        Priority.allCases.flatMap { pr in SupportPlan.allCases.map { policy(for: pr, plan: $0) } }
    }

    /// Calendars sorted by name, for export and display.
    public var orderedCalendars: [BusinessCalendar] {
        calendars.values.sorted { $0.name < $1.name }
    }
}
