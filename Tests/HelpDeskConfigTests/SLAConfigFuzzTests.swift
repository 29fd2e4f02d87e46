import HelpDeskTestSupport
import Testing
@testable import HelpDeskConfig

@Suite("Fuzz: sla.toml")
struct SLAConfigFuzzTests {
    @Test("any text is either a policy set or located errors, never a crash")
    func randomFiles() {
        var gen = HostileText(seed: 4)
        let valid = try? String(contentsOfFile: "sla/default.toml", encoding: .utf8)
        for i in 0..<HostileText.iterations / 4 {
            var text = gen.string(maxPieces: 20)
            if let valid, i % 2 == 0 {
                // Corrupt a valid file at a random point, the way a hand edit goes wrong.
                var lines = valid.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                let at = Int.random(in: 0..<lines.count, using: &gen)
                lines[at] = String(lines[at].prefix(Int.random(in: 0...20, using: &gen))) + text
                text = lines.joined(separator: "\n")
            }
            let (policies, errors) = SLAConfig.check(text, file: "fuzz.toml")
            #expect(policies != nil || !errors.isEmpty)
            for error in errors {
                #expect(error.line >= 1, "\(error)")
                #expect(error.description.hasPrefix("fuzz.toml:"))
            }
        }
    }
}

import Foundation

@Suite("TOML guard")
struct SafeTOMLTests {
    @Test("headers that crash toml++ are ordinary located errors", arguments: ["[é]", "[ é]", "[[ñ]]", "a = 1\n  [𨺜aa]", "[configuración]", "[.a]", "[=]", "[#]", "[\r]", "[$]", "[}"])
    func crashingHeaders(_ text: String) {
        #expect(throws: TOMLSyntaxError.self) { try SafeTOML.table(text) }
        let (_, errors) = SLAConfig.check(text, file: "sla.toml")
        #expect(errors.first?.line == (text.hasPrefix("a = 1") ? 2 : 1))
    }

    /// Inputs libFuzzer found (Fuzz/, `.ci/fuzz`): a `[` that ends its line aborted toml++ in the
    /// SLA, theme and keys readers alike.
    @Test("a header bracket that ends the line is a located error", arguments: [
        ("[\n", 1), ("[\n\t\t", 1), ("\n[\n", 2), ("[", 1), ("[[", 1), ("a = 1\n  [ \n", 2), ("\u{FEFF}[\u{FFFD}", 1), ("\u{FEFF}[\t\u{FFFD}", 1),
    ])
    func bareBracket(_ text: String, line: Int) {
        #expect(throws: TOMLSyntaxError.self) { try SafeTOML.table(text) }
        #expect(SLAConfig.check(text, file: "sla.toml").1.first?.line == line)
    }

    @Test("an inner array on its own line is not mistaken for a header")
    func innerArrays() throws {
        let table = try SafeTOML.table("a = [\n  [\n    1, 2\n  ],\n  [\"]\", 3],\n]\n[b]\nc = 1\n")
        #expect(table["a"]?.array?.count == 2)
    }

    @Test("quoted non-ASCII names and non-ASCII inside strings are fine")
    func allowed() throws {
        _ = try SafeTOML.table("[\"configuración\"]\nnombre = \"Atención al cliente\"\ntexto = \"\"\"\n[é]\n\"\"\"\n")
    }
}
