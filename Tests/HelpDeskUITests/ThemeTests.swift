import Foundation
import Testing
import TerminalKit
@testable import HelpDeskUI

@Suite("Themes")
struct ThemeTests {
    static let shipped = ["default", "light", "high-contrast", "colorblind", "mono"]

    @Test(arguments: shipped)
    func shippedThemePassesCheck(name: String) throws {
        let path = ThemeFixtures.themesFolder.appendingPathComponent("\(name).toml").path
        #expect(FileManager.default.fileExists(atPath: path))
        let diagnostics = ThemeLoader.check(path: path)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
        let loaded = ThemeLoader.load(path)
        #expect(loaded.source == .file(path))
        #expect(Set(loaded.theme.styles.keys) == Set(StyleRole.allCases))
    }

    @Test func everyRoleIsInEveryShippedTheme() throws {
        for name in Self.shipped {
            let path = ThemeFixtures.themesFolder.appendingPathComponent("\(name).toml").path
            let document = try #require(ThemeParser.parse(file: path, source: String(contentsOfFile: path, encoding: .utf8), defaultName: name).document)
            let missing = StyleRole.allCases.filter { document.roles[$0] == nil }
            #expect(missing.isEmpty, "\(name) lacks \(missing)")
        }
    }

    @Test func defaultFileEqualsBuiltIn() throws {
        let path = ThemeFixtures.themesFolder.appendingPathComponent("default.toml")
        if ProcessInfo.processInfo.environment["HELPDESK_RECORD_THEMES"] == "1" {
            let header = "helpdesk theme: default. Identical to the built-in theme (a test checks).\nCopy it to $XDG_CONFIG_HOME/helpdesk/themes/NAME.toml to make your own; see themes/README.md."
            try ThemeWriter.toml(BuiltInThemes.default, header: header).write(to: path, atomically: true, encoding: .utf8)
            Issue.record("recorded themes/default.toml; run again without HELPDESK_RECORD_THEMES")
        }
        let source = try String(contentsOf: path, encoding: .utf8)
        let parsed = ThemeParser.parse(file: path.path, source: source, defaultName: "default")
        #expect(parsed.diagnostics.isEmpty)
        let document = try #require(parsed.document)
        #expect(document == BuiltInThemes.default)
        for role in StyleRole.allCases {
            #expect(document.roles[role] == BuiltInThemes.default.roles[role], "role \(role)")
        }
        #expect(document.resolve() == BuiltInThemes.default.resolve())
    }

    @Test func colourNames() {
        #expect(ColorSpec(parsing: "red") == .indexed(1))
        #expect(ColorSpec(parsing: "BrightBlue") == .indexed(12))
        #expect(ColorSpec(parsing: "bright_white") == .indexed(15))
        #expect(ColorSpec(parsing: "grey") == .indexed(8))
        #expect(ColorSpec(parsing: "color208") == .indexed(208))
        #expect(ColorSpec(parsing: "#ff8700") == .indexed(208))
        #expect(ColorSpec(parsing: "#ff8800") == .indexed(208))
        #expect(ColorSpec(parsing: "#000000") == .indexed(16))
        #expect(ColorSpec(parsing: "default") == .terminalDefault)
        #expect(ColorSpec(parsing: "color256") == nil)
        #expect(ColorSpec(parsing: "#ff88") == nil)
        #expect(ColorSpec(parsing: "orange") == nil)
        #expect(ColorSpec.indexed(196).nearest16 == .indexed(9))
        #expect(ColorSpec.indexed(21).nearest16 == .indexed(4))
        #expect(ColorSpec.indexed(232).nearest16 == .indexed(0))
        // Muted tones keep their hue instead of turning grey (bright black, bold black on 8 colours).
        #expect(ColorSpec.indexed(110).nearest16 == .indexed(12))
        #expect(ColorSpec.indexed(180).nearest16 == .indexed(3))
        #expect(ColorSpec.indexed(252).nearest16 == .indexed(7))
        #expect(ColorSpec.indexed(244).nearest16 == .indexed(8))
    }

    @Test func diagnosticsNameFileLineAndColumn() {
        let source = """
        name = "broken"
        [roles]
        title = { fg = "color231" }
        titel = { fg = "red" }
        p1 = { fg = "orange", attrs = ["bold"] }
        p2 = { fg = "red", attrs = ["blink"] }
        p3 = { fg = "red", colour = "x" }
        [screens.dashbord]
        chart = { fg = "blue" }
        """
        let parsed = ThemeParser.parse(file: "my.toml", source: source, defaultName: "x")
        let lines = parsed.diagnostics.map(\.description)
        #expect(lines.contains("my.toml:4:1: error: unknown role \"titel\" (did you mean \"title\"?)"))
        #expect(lines.contains { $0.hasPrefix("my.toml:5:8: error: p1.fg: \"orange\" is not a colour") })
        #expect(lines.contains { $0.hasPrefix("my.toml:6:20: error: p2.attrs: unknown attribute \"blink\"") })
        #expect(lines.contains { $0.hasPrefix("my.toml:7:20: error: p3: unknown field \"colour\"") })
        #expect(lines.contains { $0.hasPrefix("my.toml:8:1: warning: unknown screen \"dashbord\"") })
        // Good entries survive next to bad ones; bad roles keep the fallback.
        let document = parsed.document!
        #expect(document.roles[.title]?.foreground == .indexed(231))
        #expect(document.roles[.p1] == nil)
        #expect(document.resolve().style(for: .p1) == BuiltInThemes.default.roles[.p1]!.resolved)
    }

    /// `theme check` promises line-numbered errors; a setting written as a table (`[colors]`)
    /// was reported as `t.toml: error: …`, with no line at all.
    @Test("a setting written as a table is reported at its header, whether unknown or of the wrong type")
    func tablesAreLocatedAtTheirHeader() {
        let source = """
        name = "x"

        [colors]
        title = "red"
          [[palette.dark]]
        bg = "black"
        [description]
        text = "not a string"
        """
        let lines = ThemeParser.parse(file: "t.toml", source: source, defaultName: "x").diagnostics.map(\.description)
        #expect(lines.contains { $0.hasPrefix("t.toml:3:1: error: unknown setting \"colors\"") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("t.toml:5:3: error: unknown setting \"palette\"") }, "\(lines)")
        #expect(lines.contains("t.toml:7:1: error: description: expected a string"), "\(lines)")
    }

    /// A generated file with thousands of mistakes used to take minutes (every mistake rescanned
    /// every line, and each hint compared twice with every role); its figures belong in no unit
    /// test, but every mistake must still be located on its own line.
    @Test("thousands of unknown roles: each located on its own line; hints for the first ones only")
    func manyUnknownRoles() {
        let count = 3_000
        let source = "name = \"generated\"\n[roles]\ntitel = {}\n" + (0..<count).map { "r\($0) = { attrs = [\"bold\"] }\n" }.joined()
        let parsed = ThemeParser.parse(file: "gen.toml", source: source, defaultName: "x")
        let unknown = parsed.diagnostics.filter { $0.message.hasPrefix("unknown role") }
        #expect(unknown.count == count + 1)
        #expect(Set(unknown.map(\.line)) == Set(3...(count + 3)))
        #expect(unknown.first { $0.line == 3 }?.description.hasPrefix("gen.toml:3:1: error: unknown role \"titel\"") == true)
        let hinted = unknown.filter { $0.message.contains("did you mean") }.count
        #expect(hinted > 0 && hinted <= NameSuggestion.limit)
    }

    @Test func parseErrorsCarryLineAndColumn() {
        let parsed = ThemeParser.parse(file: "bad.toml", source: "name = \"x\"\n[roles]\ntitle = { fg = \"red\" \n", defaultName: "x")
        #expect(parsed.document == nil)
        #expect(parsed.diagnostics.count == 1)
        #expect(parsed.diagnostics[0].line == 3)
        #expect(parsed.diagnostics[0].column > 0)
        #expect(parsed.diagnostics[0].description.hasPrefix("bad.toml:3:"))
    }

    @Test func searchOrderPrefersTheUserFolder() throws {
        let config = try ThemeFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: config) }
        let themes = config.appendingPathComponent("helpdesk/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try "name = \"light\"\ndescription = \"mine\"\n[roles]\ntitle = { fg = \"red\" }\n"
            .write(to: themes.appendingPathComponent("light.toml"), atomically: true, encoding: .utf8)
        let environment = ThemeFixtures.environment(["XDG_CONFIG_HOME": config.path])
        let loaded = ThemeLoader.load("light", environment: environment)
        #expect(loaded.source == .file(themes.appendingPathComponent("light.toml").path))
        #expect(loaded.theme.style(for: .title).foreground == .indexed(1))
        // Roles it leaves out come from the built-in default.
        #expect(loaded.theme.style(for: .selected) == BuiltInThemes.default.roles[.selected]!.resolved)
        // The installed themes are found from the package root.
        #expect(ThemeLoader.load("mono", environment: environment).source == .file(ThemeFixtures.themesFolder.appendingPathComponent("mono.toml").path))
        let names = ThemeLoader.list(environment: environment)
        #expect(names.map(\.name) == ["colorblind", "default", "high-contrast", "light", "mono"])
        #expect(names.first { $0.name == "light" }?.description == "mine")
    }

    @Test func fallsBackToBuiltInAndHonoursNoColor() throws {
        let empty = try ThemeFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        let environment = ThemeFixtures.environment(["XDG_CONFIG_HOME": empty.path], cwd: empty)
        let builtIn = ThemeLoader.load(nil, environment: environment)
        #expect(builtIn.source == .builtIn)
        #expect(builtIn.diagnostics.isEmpty)
        #expect(builtIn.theme == BuiltInThemes.default.resolve())
        let missing = ThemeLoader.load("nope", environment: environment)
        #expect(missing.source == .builtIn)
        #expect(missing.diagnostics.first?.severity == .warning)
        let noColor = ThemeLoader.load(nil, environment: ThemeFixtures.environment(["XDG_CONFIG_HOME": empty.path, "NO_COLOR": "1"], cwd: empty))
        #expect(noColor.theme.monochrome)
        #expect(noColor.theme.concrete(.selected, depth: .indexed256) == ConcreteStyle(foreground: .default, background: .default, attributes: .reverse))
    }

    @Test func screenOverrides() {
        let theme = BuiltInThemes.default.resolve()
        #expect(theme.forScreen("dashboard").style(for: .section) != theme.style(for: .section))
        #expect(theme.forScreen("l1").style(for: .section) == theme.style(for: .section))
    }
}
