import HelpDeskConfig

/// `sla import` of a file with mistakes: nothing is imported, and the mistakes are the one-line
/// error every command failure is (the first five, then how many more and where to see them).
struct SLAFileRefused: Error, Equatable, CustomStringConvertible {
    var path: String
    var errors: [ConfigError]

    static let shown = 5

    var description: String {
        let listed = errors.prefix(Self.shown).map(\.description).joined(separator: "; ")
        let more = errors.count > Self.shown
            ? " (and \(errors.count - Self.shown) more; `helpdesk sla check \(path)` lists every one)" : ""
        return "\(listed)\(more); nothing was imported"
    }
}
