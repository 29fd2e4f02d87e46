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
    /// A short field (subject, requester, area, vendor name...) is too long or has a line
    /// break, a control character or a bidi override (exit 65); ``field`` names it.
    case invalidText(ShortTextError)

    public var description: String {
        switch self {
        case .notPermitted(let m), .invalidTransition(let m), .conflict(let m), .invalidValue(let m): m
        case .missingField(_, let m): m
        case .invalidText(let error): error.description
        }
    }

    /// The field the refusal is about, so a form can put the message and the cursor there:
    /// the workflow's name for a missing one, ``ShortTextField/name`` for a refused text.
    public var field: String? {
        switch self {
        case .missingField(let field, _): field
        case .invalidText(let error): error.field.name
        case .notPermitted, .invalidTransition, .conflict, .invalidValue: nil
        }
    }
}
