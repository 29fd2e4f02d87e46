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
