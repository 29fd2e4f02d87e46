/// The support contract of a requester's organisation; SLA targets depend on it.
public enum SupportPlan: String, Codable, CaseIterable, Sendable {
    case basic, intermediate, advanced, personalised
}

/// A customer organisation.
public struct Organisation: Codable, Sendable, Equatable {
    public var name: String
    public var plan: SupportPlan

    public init(name: String, plan: SupportPlan) {
        self.name = name
        self.plan = plan
    }
}

/// Someone who asks for help. `handle` is how technicians refer to them (usually an e-mail).
public struct Requester: Codable, Sendable, Equatable {
    public var handle: String
    public var name: String
    public var organisation: String?

    public init(handle: String, name: String, organisation: String? = nil) {
        self.handle = handle
        self.name = name
        self.organisation = organisation
    }
}

extension Organisation {
    /// The organisation as it is saved: its name trimmed and checked against ``FieldLimits``.
    public func validated() throws(ShortTextError) -> Organisation {
        Organisation(name: try FieldLimits.organisation.validated(name), plan: plan)
    }
}

extension Requester {
    /// The requester as it is saved: handle, name and organisation trimmed and checked
    /// against ``FieldLimits`` (a blank organisation is none).
    public func validated() throws(ShortTextError) -> Requester {
        Requester(handle: try FieldLimits.requester.validated(handle), name: try FieldLimits.requesterName.validated(name),
                  organisation: try FieldLimits.organisation.validated(optional: organisation))
    }
}
