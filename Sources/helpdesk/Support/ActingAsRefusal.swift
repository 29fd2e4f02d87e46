/// Why `--as LOGIN` is not honoured (exit 77, like every refusal of who may do what).
enum ActingAsRefusal: Error, Equatable, CustomStringConvertible {
    /// The OS login may not act as others: it is not an admin, the desk has an admin and it is
    /// no demo. `role` is nil when the OS login is not an agent at all.
    case notAdmin(login: String, role: String?)
    /// No agent has that login, so nothing could be done or read in its name.
    case unknownAgent(String)

    var description: String {
        switch self {
        case .notAdmin(let login, let role):
            "--as is only for admins; \(login) is \(role.map { "a \($0) agent" } ?? "not an agent")"
        case .unknownAgent(let login):
            "no agent with login \"\(login)\"; add one with `helpdesk agent add \(login) --name NAME --role ROLE`"
        }
    }
}
