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
}
