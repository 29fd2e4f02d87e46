import Foundation
import TerminalKit
import HelpDeskConfig
import HelpDeskCore
import TOMLKit

/// Reads a theme file into a ``ThemeDocument``, collecting every problem as a located
/// ``ThemeDiagnostic``. Bad entries are skipped (the role keeps its fallback style), so one
/// typo does not cost the user the whole theme.
///
/// Format:
/// ```toml
/// name = "default"
/// description = "..."
/// monochrome = false            # optional
/// [roles]
/// title = { fg = "color231", bg = "color24", fg16 = "brightwhite", bg16 = "blue", attrs = ["bold"], mono = ["reverse"] }
/// [screens.dashboard]
/// chart = { fg = "color75" }
/// ```
public struct ThemeParser {
    /// Screen names accepted under `[screens.*]`; others get a warning.
    public static let knownScreens = ["l1", "l2", "l3", "dashboard", "kb", "ticket", "intake", "escalation", "search", "help"]
    static let roleKeys: Set<String> = ["fg", "bg", "fg16", "bg16", "attrs", "mono"]

    let file: String
    let source: String
    let locator: TOMLSourceLocator
    private(set) var diagnostics: [ThemeDiagnostic] = []

    public init(file: String, source: String) {
        self.file = file
        self.source = source
        self.locator = TOMLSourceLocator(source: source)
    }

    /// Parses the source; nil (with a diagnostic) only when the TOML itself is malformed.
    public static func parse(file: String, source: String, defaultName: String) -> (document: ThemeDocument?, diagnostics: [ThemeDiagnostic]) {
        var parser = ThemeParser(file: file, source: source)
        let document = parser.run(defaultName: defaultName)
        return (document, parser.diagnostics)
    }

    mutating func run(defaultName: String) -> ThemeDocument? {
        let table: TOMLTable
        do {
            table = try SafeTOML.table(source)
        } catch {
            report(line: error.line, column: error.column, error.message)
            return nil
        }
        var document = ThemeDocument(name: defaultName, roles: [:])
        for key in table.keys {
            let value = table[key]!
            switch key {
            case "name":
                if let name = value.string {
                    if let valid = shortText(FieldLimits.themeName, name, key: key), !valid.isEmpty { document.name = valid }
                } else { typeError(table: "", key: key, expected: "a string") }
            case "description":
                if let text = value.string {
                    if let valid = shortText(FieldLimits.themeDescription, text, key: key) { document.description = valid }
                } else { typeError(table: "", key: key, expected: "a string") }
            case "monochrome":
                if let flag = value.bool { document.monochrome = flag } else { typeError(table: "", key: key, expected: "true or false") }
            case "roles":
                if let roles = value.table { document.roles = parseRoles(roles, table: "roles") } else { typeError(table: "", key: key, expected: "a table") }
            case "screens":
                guard let screens = value.table else { typeError(table: "", key: key, expected: "a table"); continue }
                for screen in screens.keys {
                    let path = "screens.\(screen)"
                    guard let overrides = screens[screen]?.table else { typeError(table: "screens", key: screen, expected: "a table of roles"); continue }
                    if !Self.knownScreens.contains(screen) {
                        let line = locator.locate(table: path)
                        report(line: line, column: line > 0 ? 1 : 0, severity: .warning,
                               "unknown screen \"\(screen)\"; known screens: \(Self.knownScreens.joined(separator: ", "))")
                    }
                    document.screens[screen] = parseRoles(overrides, table: path)
                }
            default:
                let at = locator.locate(table: "", key: key)
                report(line: at.line, column: at.column, "unknown setting \"\(key)\"; expected name, description, monochrome, [roles] or [screens.NAME]")
            }
        }
        return document
    }

    mutating func parseRoles(_ table: TOMLTable, table path: String) -> [StyleRole: RoleSpec] {
        var roles: [StyleRole: RoleSpec] = [:]
        for key in table.keys {
            guard let role = StyleRole(rawValue: key) else {
                let at = locator.locate(table: path, key: key)
                report(line: at.line, column: at.column, "unknown role \"\(key)\"\(diagnostics.count < NameSuggestion.limit ? Self.suggestion(for: key) : "")")
                continue
            }
            guard let entry = table[key]?.table else {
                typeError(table: path, key: key, expected: "an inline table such as { fg = \"red\", attrs = [\"bold\"] }")
                continue
            }
            if let spec = parseRole(entry, table: path, key: key) { roles[role] = spec }
        }
        return roles
    }

    mutating func parseRole(_ entry: TOMLTable, table path: String, key: String) -> RoleSpec? {
        var spec = RoleSpec()
        var valid = true
        for field in entry.keys {
            let value = entry[field]!
            switch field {
            case "fg", "bg", "fg16", "bg16":
                guard let text = value.string, let color = ColorSpec(parsing: text) else {
                    let at = locator.locate(table: path, key: key, subkey: field)
                    report(line: at.line, column: at.column,
                           "\(key).\(field): \(value.string.map { "\"\($0)\" is not a colour" } ?? "expected a colour string"); use a name (red, brightblue), color0–color255, #rrggbb or default")
                    valid = false
                    continue
                }
                switch field {
                case "fg": spec.foreground = color
                case "bg": spec.background = color
                case "fg16": spec.foreground16 = color
                default: spec.background16 = color
                }
            case "attrs", "mono":
                guard let attributes = parseAttributes(value, table: path, key: key, field: field) else { valid = false; continue }
                if field == "attrs" { spec.attributes = attributes } else { spec.mono = attributes }
            default:
                let at = locator.locate(table: path, key: key, subkey: field)
                report(line: at.line, column: at.column, "\(key): unknown field \"\(field)\"; expected fg, bg, fg16, bg16, attrs or mono")
            }
        }
        return valid ? spec : nil
    }

    mutating func parseAttributes(_ value: TOMLValueConvertible, table path: String, key: String, field: String) -> TextAttributes? {
        let names: [String]
        if let array = value.array {
            names = array.compactMap { $0.string }
            guard names.count == array.count else { typeError(table: path, key: key, expected: "\(field) as an array of strings"); return nil }
        } else if let single = value.string {
            names = [single]
        } else {
            typeError(table: path, key: key, expected: "\(field) as an array of strings")
            return nil
        }
        var attributes: TextAttributes = []
        for name in names {
            guard let attribute = TextAttributes(name: name) else {
                let at = locator.locate(table: path, key: key, subkey: field)
                report(line: at.line, column: at.column,
                       "\(key).\(field): unknown attribute \"\(name)\"; expected \(TextAttributes.named.map(\.name).joined(separator: ", "))")
                return nil
            }
            attributes.insert(attribute)
        }
        return attributes
    }

    /// A one-line setting (the theme's name or description) trimmed, or nil with an error at its
    /// key when it is too long or holds a line break or a control character (``FieldLimits``);
    /// the file name (or no description) is kept instead.
    mutating func shortText(_ rule: ShortTextField, _ value: String, key: String) -> String? {
        switch rule.check(value) {
        case .success(let valid): return valid
        case .failure(let problem):
            let at = locator.locate(table: "", key: key)
            report(line: at.line, column: at.column, "\(key): \(problem)")
            return nil
        }
    }

    mutating func typeError(table: String, key: String, expected: String) {
        let at = locator.locate(table: table, key: key)
        report(line: at.line, column: at.column, "\(key): expected \(expected)")
    }

    mutating func report(line: Int, column: Int, severity: ThemeDiagnostic.Severity = .error, _ message: String) {
        diagnostics.append(ThemeDiagnostic(file: file, line: line, column: column, severity: severity, message: message))
    }

    /// ` (did you mean "title"?)` for a near miss, else empty.
    static func suggestion(for key: String) -> String {
        let lower = key.lowercased()
        if let match = StyleRole.allCases.first(where: { $0.rawValue.lowercased() == lower }) {
            return " (did you mean \"\(match.rawValue)\"?)"
        }
        return NameSuggestion.hint(for: key, among: StyleRole.allCases.map(\.rawValue), maximum: 2)
    }
}
