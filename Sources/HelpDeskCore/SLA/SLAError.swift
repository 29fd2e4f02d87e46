/// Why an SLA definition cannot be used. Each message is a sentence a supervisor can act on.
public enum SLAError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A duration such as `1h30m` could not be read.
    case invalidDuration(String)
    /// Opening hours such as `09:00-14:00` could not be read or make no sense.
    case invalidHours(String)
    /// A calendar is unusable (unknown zone, no opening hours at all).
    case invalidCalendar(String)
    /// A policy refers to something that does not exist or has an impossible target.
    case invalidPolicy(String)

    public var description: String {
        switch self {
        case .invalidDuration(let m), .invalidHours(let m), .invalidCalendar(let m), .invalidPolicy(let m): m
        }
    }
}
