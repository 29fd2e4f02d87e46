import Foundation
import TerminalKit
import HelpDeskConfig
import TOMLKit

/// Diagnostics for keys.toml use the same located form as themes.
public typealias KeyMapDiagnostic = ThemeDiagnostic

/// The key map with what was wrong in the user's file.
public struct LoadedKeyMap: Sendable {
    public var keyMap: KeyMap
    /// The file read, or nil when there was none.
    public var path: String?
    public var diagnostics: [KeyMapDiagnostic]
}

/// Reads `$XDG_CONFIG_HOME/helpdesk/keys.toml`:
/// ```toml
/// [keys]
/// "ticket.take" = "T"                      # one label
/// "move.down"   = ["j", "<down>", "<c-n>"] # or several
/// ticket.resolve = "X"                     # unquoted dotted names work too
/// ```
/// Unknown actions and bad key labels are reported as `file:line:column: message` and
/// ignored; every action not mentioned keeps its default keys.
public enum KeyMapLoader {
    /// The user's keys file location (it may not exist).
    public static func defaultPath(environment: ConfigEnvironment = .current) -> URL? {
        environment.configDirectory?.appendingPathComponent("keys.toml")
    }

    /// Loads the user's key map, or the defaults when there is no file.
    public static func load(environment: ConfigEnvironment = .current) -> LoadedKeyMap {
        guard let url = defaultPath(environment: environment), FileManager.default.fileExists(atPath: url.path) else {
            return LoadedKeyMap(keyMap: .defaults, path: nil, diagnostics: [])
        }
        return load(path: url.path)
    }

    /// Loads a specific keys file.
    public static func load(path: String) -> LoadedKeyMap {
        guard let source = try? String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8) else {
            return LoadedKeyMap(keyMap: .defaults, path: path,
                                diagnostics: [KeyMapDiagnostic(file: path, line: 0, column: 0, message: "cannot read the keys file; using the default keys")])
        }
        return parse(source: source, file: path)
    }

    /// Applies the overrides in `source` to the defaults.
    public static func parse(source: String, file: String) -> LoadedKeyMap {
        var diagnostics: [KeyMapDiagnostic] = []
        var keyMap = KeyMap.defaults
        let locator = TOMLSourceLocator(source: source)
        func report(_ table: String, _ key: String, _ message: String, severity: ThemeDiagnostic.Severity = .error) {
            var at = locator.locate(table: table, key: key)
            if at.line == 0, let dot = key.lastIndex(of: ".") {
                // `[keys.ticket]` + `take = ...`, or `ticket.take = ...` read as nested tables.
                at = locator.locate(table: "\(table).\(key[..<dot])", key: String(key[key.index(after: dot)...]))
            }
            diagnostics.append(KeyMapDiagnostic(file: file, line: at.line, column: at.column, severity: severity, message: message))
        }

        let table: TOMLTable
        do {
            table = try SafeTOML.table(source)
        } catch {
            diagnostics.append(KeyMapDiagnostic(file: file, line: error.line, column: error.column,
                                                message: "\(error.message); using the default keys"))
            return LoadedKeyMap(keyMap: keyMap, path: file, diagnostics: diagnostics)
        }

        for key in table.keys where key != "keys" {
            let header = locator.locate(table: key)
            if header > 0 {
                diagnostics.append(KeyMapDiagnostic(file: file, line: header, column: 1, message: "unknown section \"\(key)\"; key bindings go under [keys]"))
            } else {
                report("", key, "unknown setting \"\(key)\"; key bindings go under [keys]")
            }
        }
        guard let keys = table["keys"]?.table else {
            if table["keys"] != nil { report("", "keys", "[keys] must be a table of action = \"key label\"") }
            return LoadedKeyMap(keyMap: keyMap, path: file, diagnostics: diagnostics)
        }

        for (name, value) in flatten(keys) {
            let id = ActionID(rawValue: name)
            guard ActionCatalog.action(id) != nil else {
                report("keys", name, "unknown action \"\(name)\"\(diagnostics.count < NameSuggestion.limit ? suggestion(for: name) : ""); it is ignored")
                continue
            }
            let labels: [String]
            if let single = value.string {
                labels = [single]
            } else if let array = value.array, array.allSatisfy({ $0.string != nil }) {
                labels = array.compactMap { $0.string }
            } else {
                report("keys", name, "\(name): expected a key label such as \"t\" or an array such as [\"j\", \"<down>\"]; keeping the default")
                continue
            }
            var parsed: [Key] = []
            var failed = false
            for label in labels {
                do {
                    parsed.append(try Key(label: label))
                } catch {
                    report("keys", name, "\(name): \(error.description); keeping the default")
                    failed = true
                }
            }
            if failed { continue }
            for (key, lost) in keyMap.bind(parsed, to: id) {
                let remaining = keyMap.keys(for: lost)
                let note = remaining.isEmpty ? "; \(lost) now has no key (use :\(lost))" : ""
                report("keys", name, "\(key.label) was bound to \(lost); now \(name)\(note)", severity: .warning)
            }
        }
        return LoadedKeyMap(keyMap: keyMap, path: file, diagnostics: diagnostics)
    }

    /// `[keys]` entries with dotted names rebuilt from nested tables, in source order of names.
    static func flatten(_ table: TOMLTable, prefix: String = "") -> [(String, TOMLValueConvertible)] {
        var result: [(String, TOMLValueConvertible)] = []
        for key in table.keys {
            let name = prefix.isEmpty ? key : "\(prefix).\(key)"
            let value = table[key]!
            if let nested = value.table {
                result += flatten(nested, prefix: name)
            } else {
                result.append((name, value))
            }
        }
        return result
    }

    static func suggestion(for name: String) -> String {
        NameSuggestion.hint(for: name, among: ActionCatalog.all.map(\.id.rawValue), maximum: 3)
    }
}
