/// Why the core refused an action. Every case reads as a complete sentence for the technician.
public enum WorkflowError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The agent's role does not allow it (exit 77).
    case notPermitted(String)
    /// The ticket's status does not allow it (exit 65).
    case invalidTransition(String)
    /// Required information is missing; `field` names it so a form can put the cursor there.
    case missingField(field: String, message: String)
    /// Another technician changed the ticket first (exit 75).
    case conflict(String)
    /// A value is out of range or unknown (exit 65).
    case invalidValue(String)

    public var description: String {
        switch self {
        case .notPermitted(let m), .invalidTransition(let m), .conflict(let m), .invalidValue(let m): m
        case .missingField(_, let m): m
        }
    }
}
