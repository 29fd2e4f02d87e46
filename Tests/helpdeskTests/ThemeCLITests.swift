import Foundation
import Testing

@Suite("CLI: themes")
struct ThemeCLITests {
    let cli = CLIRunner()

    /// The package's `themes/` folder, found from this source file.
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes")

    @Test("every shipped theme passes theme check and is listed", arguments: ["default", "light", "high-contrast", "colorblind", "mono"])
    func shipped(_ name: String) throws {
        let r = try cli.run(["theme", "check", Self.themes.appendingPathComponent("\(name).toml").path])
        #expect(r.status == 0, "\(r.stdout) \(r.stderr)")
        #expect(try cli.run(["theme", "list"]).stdout.contains(name))
    }

    @Test("a broken theme is reported with file:line:column and exit 65; a missing one with 66")
    func broken() throws {
        let file = cli.folder.appendingPathComponent("broken.toml")
        try "[theme]\nname = \"x\"\n[roles]\nnot_a_role = \"red\"\n[é]\n".write(to: file, atomically: true, encoding: .utf8)
        let r = try cli.run(["theme", "check", file.path])
        #expect(r.status == 65)
        #expect(r.stdout.contains("broken.toml:5:2:"))
        #expect(try cli.run(["theme", "check", "/nonexistent.toml"]).status == 66)
    }

    /// sysexits' 66 is an input file that "did not exist or was not readable", as `kb add
    /// --body-file` and `sla check` answer; `theme check` said 65, as if the theme were wrong.
    @Test("a folder given as the theme file is 66, one line, like every input file")
    func unreadable() throws {
        let r = try cli.run(["theme", "check", cli.folder.path])
        #expect(r.status == 66 && r.stdout.isEmpty)
        #expect(r.stderr == "helpdesk: cannot read \(cli.folder.path): it is a folder\n", "\(r.stderr)")
    }
}
