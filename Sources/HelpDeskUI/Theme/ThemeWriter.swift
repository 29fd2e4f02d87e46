import Foundation
import TerminalKit

/// Writes a ``ThemeDocument`` as a theme file, in role order, one inline table per role; used
/// to produce `themes/default.toml` from the built-in theme and by `helpdesk theme` tooling.
public enum ThemeWriter {
    public static func toml(_ document: ThemeDocument, header: String? = nil) -> String {
        var out = ""
        if let header { out += header.split(separator: "\n", omittingEmptySubsequences: false).map { "# \($0)" }.joined(separator: "\n") + "\n\n" }
        out += "name = \(quoted(document.name))\n"
        if !document.description.isEmpty { out += "description = \(quoted(document.description))\n" }
        if document.monochrome { out += "monochrome = true\n" }
        out += "\n[roles]\n" + roles(document.roles)
        for screen in document.screens.keys.sorted() {
            out += "\n[screens.\(screen)]\n" + roles(document.screens[screen]!)
        }
        return out
    }

    static func roles(_ roles: [StyleRole: RoleSpec]) -> String {
        let width = roles.keys.map(\.rawValue.count).max() ?? 0
        return roles.keys.sorted().map { role in
            "\(role.rawValue)\(String(repeating: " ", count: width - role.rawValue.count)) = \(inline(roles[role]!))\n"
        }.joined()
    }

    static func inline(_ spec: RoleSpec) -> String {
        var fields: [String] = []
        if spec.foreground != .terminalDefault { fields.append("fg = \(quoted(name(spec.foreground)))") }
        if spec.background != .terminalDefault { fields.append("bg = \(quoted(name(spec.background)))") }
        if let fg16 = spec.foreground16 { fields.append("fg16 = \(quoted(name(fg16)))") }
        if let bg16 = spec.background16 { fields.append("bg16 = \(quoted(name(bg16)))") }
        if !spec.attributes.isEmpty { fields.append("attrs = \(list(spec.attributes))") }
        if let mono = spec.mono { fields.append("mono = \(list(mono))") }
        return fields.isEmpty ? "{}" : "{ " + fields.joined(separator: ", ") + " }"
    }

    static func name(_ color: ColorSpec) -> String {
        switch color {
        case .terminalDefault: return "default"
        case .indexed(let index) where index < 16: return ColorSpec.ansiNames[Int(index)]
        case .indexed(let index): return "color\(index)"
        }
    }

    static func list(_ attributes: TextAttributes) -> String {
        "[" + TextAttributes.named.filter { attributes.contains($0.value) }.map { quoted($0.name) }.joined(separator: ", ") + "]"
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
