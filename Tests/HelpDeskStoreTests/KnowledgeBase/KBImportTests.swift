import Foundation
import Testing
import HelpDeskCore
@testable import HelpDeskStore

func temporaryFile(_ name: String, _ contents: Data) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kbtests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try contents.write(to: url)
    return url.path
}

@Suite("Knowledge-base import and lifecycle")
struct KBImportTests {
    let options = ArticleImportOptions(author: "ana")

    @Test("Bad lines are reported as file:line and nothing is written")
    func badLines() throws {
        var data = Data("""
            {"id": "a", "title": "First", "body": "ok", "lang": "en"}
            {"id": "b", "body": "no title"}
            not json

            """.utf8)
        data.append(contentsOf: [0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x7D, 0x0A]) // invalid UTF-8 on line 4
        data.append(Data(#"{"id": "a", "title": "Again", "body": "dup"}"#.utf8))
        let path = try temporaryFile("bad.jsonl", data)
        let db = try AppDatabase.inMemory()
        let error = try #require(throws: ImportRefused.self) { try db.importArticles(from: path, options: options) }
        #expect(error.problems.map(\.line) == [2, 3, 4, 5])
        #expect(error.problems[0].description == "\(path):2: missing \"title\"")
        #expect(error.problems[2].message == "invalid UTF-8")
        #expect(error.problems[3].message.contains("duplicate id"))
        #expect(try db.articleCount() == 0)
    }

    /// The contract lists `id`, `title`, `body` and then the optional fields: an article without
    /// an id has no external id, so importing the same file again added it a second time.
    @Test("A JSONL line without an id is a bad line: importing twice can never duplicate an article")
    func idIsRequired() throws {
        let path = try temporaryFile("noid.jsonl", Data("""
            {"id": "a", "title": "First", "body": "ok"}
            {"title": "No id", "body": "would be added again by every import"}
            {"id": " ", "title": "Blank id", "body": "same"}
            """.utf8))
        let db = try AppDatabase.inMemory()
        let error = try #require(throws: ImportRefused.self) { try db.importArticles(from: path, options: options) }
        #expect(error.problems.map(\.line) == [2, 3])
        #expect(error.problems[0].description.hasPrefix("\(path):2: missing \"id\""))
        #expect(try db.articleCount() == 0)
    }

    @Test("--skip-bad imports the valid records and lists the others")
    func skipBad() throws {
        let path = try temporaryFile("mixed.jsonl", Data("""
            {"id": "a", "title": "First", "body": "ok"}
            {"id": "b", "title": 3, "body": "wrong type"}
            """.utf8))
        let db = try AppDatabase.inMemory()
        var opts = options
        opts.skipBad = true
        let summary = try db.importArticles(from: path, options: opts)
        #expect(summary.inserted == 1)
        #expect(summary.skipped.map(\.line) == [2])
    }

    @Test("Re-importing the same file changes nothing; a changed record updates in place")
    func idempotent() throws {
        let line1 = #"{"id": "x1", "title": "Printer jam", "body": "Open tray 2.", "lang": "en", "tags": ["printer"]}"#
        let line2 = #"{"id": "x2", "title": "Atasco de papel", "body": "Abra la bandeja.", "lang": "es"}"#
        let path = try temporaryFile("kb.jsonl", Data((line1 + "\n" + line2 + "\n").utf8))
        let db = try AppDatabase.inMemory()
        #expect(try db.importArticles(from: path, options: options).inserted == 2)
        let again = try db.importArticles(from: path, options: options)
        #expect(again.inserted == 0 && again.updated == 0 && again.unchanged == 2)
        try Data((line1.replacingOccurrences(of: "tray 2", with: "tray 3") + "\n" + line2).utf8)
            .write(to: URL(fileURLWithPath: path))
        let changed = try db.importArticles(from: path, options: options)
        #expect(changed.updated == 1 && changed.unchanged == 1)
        #expect(try db.articleCount() == 2)
        let x1 = try #require(try db.article(externalID: "x1"))
        #expect(x1.version == 2 && x1.tags == ["printer"] && x1.status == .published)
        #expect(try db.searchArticles(query: "tray 3", lang: .en).first?.id == x1.id)
    }

    @Test("A folder of Markdown files with YAML or TOML front matter")
    func markdown() throws {
        let yaml = try temporaryFile("kb/net/vpn.md", Data("""
            ---
            title: "Reiniciar la VPN"
            lang: es
            tags:
              - vpn
              - red
            ---
            Pulse el botón de reconexión.
            """.utf8))
        let folder = URL(fileURLWithPath: yaml).deletingLastPathComponent().deletingLastPathComponent()
        try Data("""
            +++
            id = "mail-01"
            title = "Mailbox full"
            tags = ["mail", "quota"]
            draft = true
            +++
            Archive old mail.
            """.utf8).write(to: folder.appendingPathComponent("mail.md"))
        try Data("# Heading only\n\nA body with its title as a heading.".utf8).write(to: folder.appendingPathComponent("plain.md"))
        let db = try AppDatabase.inMemory()
        let summary = try db.importArticles(from: folder.path, options: options)
        #expect(summary.inserted == 3)
        let vpn = try #require(try db.article(externalID: "net/vpn"))
        #expect(vpn.title == "Reiniciar la VPN" && vpn.lang == .es && vpn.tags == ["vpn", "red"] && vpn.status == .published)
        let mail = try #require(try db.article(externalID: "mail-01"))
        #expect(mail.status == .draft && mail.tags == ["mail", "quota"])
        #expect(try db.article(externalID: "plain")?.title == "Heading only")
    }

    @Test("Front matter errors name the file and line")
    func frontMatterErrors() throws {
        #expect(throws: ImportProblem(file: "f.md", line: 3, message: "expected \"key: value\" in front matter")) {
            try FrontMatter.parse("---\ntitle: ok\nno separator here\n---\nbody", file: "f.md")
        }
        #expect(throws: ImportProblem(file: "f.md", line: 1, message: "front matter opened with --- is never closed")) {
            try FrontMatter.parse("---\ntitle: ok\n", file: "f.md")
        }
        #expect(throws: ImportProblem(file: "f.md", line: 3, message: "expected a value after \"title =\"")) {
            try FrontMatter.parse("+++\nid = \"a\"\ntitle =\n+++\nbody", file: "f.md")
        }
        #expect(throws: ImportProblem(file: "f.md", line: 2, message: "string for \"title\" is not closed with \"")) {
            try FrontMatter.parse("+++\ntitle = \"Printer jams\n+++\nbody", file: "f.md")
        }
        #expect(throws: ImportProblem(file: "f.md", line: 3, message: "string for \"title\" is not closed with '")) {
            try FrontMatter.parse("---\nid: a\ntitle: 'Printer jams\n---\nbody", file: "f.md")
        }
        // Not errors: a YAML key without a value opens a list; quotes inside a closed string.
        let fine = try FrontMatter.parse("---\ntags:\n- a\ntitle: \"It's \\\"quoted\\\"\"\n---\nbody", file: "f.md")
        #expect(fine.values["tags"] == .list(["a"]) && fine.values["title"] == .string("It's \"quoted\""))
    }

    @Test("A bad value in front matter is reported at its own line, not at the top of the file")
    func frontMatterValuesAtTheirLine() throws {
        #expect(throws: ImportProblem(file: "f.md", line: 4, message: "unknown lang \"fr\" (expected es or en)")) {
            try MarkdownArticleParser.parse("---\ntitle: Fine\nid: a\nlang: fr\n---\nbody", file: "f.md", relativePath: "f.md")
        }
        #expect(throws: ImportProblem(file: "f.md", line: 3, message: "unknown lang \"de\" (expected es or en)")) {
            try MarkdownArticleParser.parse("+++\ntitle = \"Fine\"\nlanguage = \"de\"\n+++\nbody", file: "f.md", relativePath: "f.md")
        }
        #expect(throws: ImportProblem(file: "f.md", line: 5, message: "unknown status \"later\"")) {
            try MarkdownArticleParser.parse("---\ntitle: Fine\ntags:\n- a\nstatus: later\n---\nbody", file: "f.md", relativePath: "f.md")
        }
    }

    @Test("Lifecycle: draft → review → published → retired, and search follows it")
    func lifecycle() throws {
        let db = try AppDatabase.inMemory()
        let a = try db.addArticle(ArticleDraft(title: "Token reset", body: "Reset the hardware token.", lang: .en), author: "ana")
        #expect(a.status == .draft)
        #expect(try db.searchArticles(query: "token", lang: .en).isEmpty)
        #expect(try db.submitArticleForReview(id: a.id, by: "ana").status == .review)
        let published = try db.publishArticle(id: a.id, by: "luis")
        #expect(published.status == .published && published.reviewer == "luis" && published.publishedAt != nil)
        #expect(try db.searchArticles(query: "token", lang: .en).first?.id == a.id)
        #expect(try db.retireArticle(id: a.id, by: "luis").status == .retired)
        #expect(try db.searchArticles(query: "token", lang: .en).isEmpty)
        #expect(throws: StoreError.self) { try db.submitArticleForReview(id: a.id, by: "ana") }
        #expect(throws: StoreError.articleNotFound("#999")) { try db.publishArticle(id: 999, by: "ana") }
    }
}
