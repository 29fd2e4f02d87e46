import Foundation
import HelpDeskCore
import TOMLKit

/// Reads and writes `sla.toml`: calendars, holidays, per priority × plan targets, the
/// at-risk threshold and automatic escalation.
///
/// A file only needs what it changes: calendars replace built-in calendars of the same
/// name, each policy field replaces that field of the built-in policy, and everything not
/// mentioned keeps the built-in value (`SLAPolicySet.standard`). Every mistake is reported
/// with file, line and column; `check` returns all of them, `parse` throws the first.
public enum SLAConfig {
    /// The policy set described by `text`, or the first error in it.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> SLAPolicySet {
        let (set, errors) = check(text, file: file)
        if let first = errors.first { throw first }
        guard let set else { throw ConfigError(file: file, line: 1, message: "the SLA configuration could not be read") }
        return set
    }

    /// Reads `path` (a missing or unreadable file is reported at line 1, as editors expect).
    public static func load(path: String) throws(ConfigError) -> SLAPolicySet {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigError(file: path, line: 1, message: "cannot read the SLA file: \(error.localizedDescription)")
        }
        return try parse(text, file: path)
    }

    /// Every error in `text`, in document order, and the policy set when there are none.
    public static func check(_ text: String, file: String) -> (SLAPolicySet?, [ConfigError]) {
        let root: TOMLTable
        do {
            root = try SafeTOML.table(text)
        } catch {
            return (nil, [ConfigError(file: file, line: error.line, column: error.column, message: error.message)])
        }
        var reader = SLAConfigReader(file: file, map: TOMLSourceMap(text))
        let set = reader.read(root)
        let errors = reader.errors.sorted { ($0.line, $0.column ?? 0) < ($1.line, $1.column ?? 0) }
        return (errors.isEmpty ? set : nil, errors)
    }
}
