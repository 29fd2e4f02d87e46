import Foundation
import HelpDeskTestSupport
import Testing
@testable import HelpDeskConfig

@Suite("TOML grammar check before toml++")
struct TOMLSyntaxCheckerTests {
    /// Every form TOML 1.0 allows: the checker must never refuse a valid file.
    static let validDocument = #"""
    # a comment, with "quotes" and [brackets]
    title = "TOML \"example\" \u00e9 \U0001F600 \t\\"
    literal = 'C:\Users\nodejs\templates'
    "quoted key" = 1
    'literal key' = 2
    dotted.key . name = true
    empty = ""
    multi = """
    Roses are red
    Violets are blue \
       and trimmed
    Two quotes: "" inside""""
    raw = '''
    I [dw]on't need \d{2} apples'''
    int = +99
    neg = -17
    zero = 0
    big = 1_000_000
    hex = 0xDEAD_beef
    oct = 0o755
    bin = 0b1101_0110
    f1 = 3.1415
    f2 = -0.01
    f3 = 5e+22
    f4 = 6.626e-34
    f5 = 1E06
    specials = [inf, +inf, -inf, nan, +nan, -nan]
    odt1 = 1979-05-27T07:32:00Z
    odt2 = 1979-05-27T00:32:00-07:00
    odt3 = 1979-05-27 07:32:00.999999+05:30
    ldt = 1979-05-27T07:32:00
    ld = 1979-05-27
    lt = 00:32:00.999
    nested = [ [ 1, 2 ], ["a", 'b'], [ { x = 1 }, {} ] ]
    multiline_array = [
      1, # one
      2,
      # a comment line
      3,
    ]
    inline = { first = "Tom", last = "Preston-Werner", point.x = 1 }

    [table]
    key = "value"
    [ spaced . "quoted.name" ]
    a = 1

    [[fruits]]
    name = "apple"
    [[ fruits ]]
    name = "banana"
    """#

    @Test("a document using every TOML 1.0 form passes, and toml++ agrees")
    func everyForm() throws {
        #expect(TOMLSyntaxChecker.firstError(in: Self.validDocument) == nil)
        let table = try SafeTOML.table(Self.validDocument)
        #expect(table["fruits"]?.array?.count == 2)
        #expect(TOMLSyntaxChecker.firstError(in: Self.validDocument.replacingOccurrences(of: "\n", with: "\r\n")) == nil)
    }

    @Test("the shipped themes, SLA policies and key maps pass")
    func shippedFiles() throws {
        let files = ["sla/default.toml", "Fuzz/Corpus/keys/keys.toml"]
            + (try FileManager.default.contentsOfDirectory(atPath: "themes")).filter { $0.hasSuffix(".toml") }.map { "themes/" + $0 }
        #expect(files.count >= 6)
        for file in files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            #expect(TOMLSyntaxChecker.firstError(in: text) == nil, "\(file)")
        }
    }

    /// libFuzzer (`.ci/fuzz`) found that toml++ aborts on a value that starts with a character
    /// ending values: `warning =, "underline"] }` in a damaged theme, and `[}` in an array.
    @Test("values toml++ would abort on are located errors", arguments: [
        ("warning =, \"underline\"] }", 1, 10), ("toast = { attrs = [} }", 1, 20), ("a = 1\nb = }", 2, 5),
        ("a = { b = }", 1, 11), ("a = [ , ]", 1, 7), ("a = #", 1, 5), ("a = ]", 1, 5), ("a =", 1, 4), ("a = [1 2]", 1, 8),
    ])
    func terminatorValues(_ text: String, line: Int, column: Int) {
        let error = TOMLSyntaxChecker.firstError(in: text)
        #expect(error?.line == line && error?.column == column, "\(String(describing: error))")
        #expect(throws: TOMLSyntaxError.self) { try SafeTOML.table(text) }
    }

    @Test("malformed documents are refused with the line of the problem", arguments: [
        ("[é]", 1), ("a = 1\n[[ñ]]", 2), ("[a]\n[", 2), ("[a", 1), ("[[a]", 1), ("a = \"open", 1), ("a = \"x\ny\"", 1),
        ("a = '''never closed", 1), ("a = \"\\q\"", 1), ("a = \"\\u12\"", 1), ("a = \"\\uD800\"", 1), ("a = \"bell\u{7}\"", 1),
        ("a = 1 b = 2", 1), ("a = 1\rb = 2", 1), ("a = tru", 1), ("a = 01", 1), ("a = 1__0", 1), ("a = 1.", 1), ("a = .5", 1),
        ("a = 0x", 1), ("a = 1979-13", 1), ("a = 07:32", 1), ("a = { b = 1, }", 1), ("a = { b = 1\n}", 1), ("= 1", 1),
        ("a.= 1", 1), ("a = [1,\n2,\n", 3), ("# fine\n\n  x = \"\"\"\nok\"\"\"\"\"\"", 4), ("a = bare words", 1), ("\u{1}", 1),
        ("# bell \u{7}", 1),
    ])
    func malformed(_ text: String, line: Int) {
        let error = TOMLSyntaxChecker.firstError(in: text)
        #expect(error?.line == line, "\(text.debugDescription): \(String(describing: error))")
    }

    @Test("nesting is bounded, not a stack overflow")
    func deepNesting() {
        let deep = "a = " + String(repeating: "[", count: 100_000)
        #expect(TOMLSyntaxChecker.firstError(in: deep)?.message.contains("nested") == true)
        let fine = "a = " + String(repeating: "[", count: 30) + String(repeating: "]", count: 30)
        #expect(TOMLSyntaxChecker.firstError(in: fine) == nil)
    }

    /// Whatever the checker lets through, toml++ parses or refuses with an error: it never
    /// reaches one of its aborting assertions. Valid lines are damaged at random points.
    @Test("damaged valid documents never get past the checker into a toml++ abort")
    func damagedDocuments() {
        var gen = HostileText(seed: 11)
        let lines = Self.validDocument.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let alphabet: [String] = ["[", "]", "{", "}", ",", "=", "\"", "'", "#", ".", " ", "\n", "\r", "\t", "\\", "é", "1", "a", ":", "-", "+", "\u{0}"]
        for _ in 0..<HostileText.iterations {
            var damaged = lines
            let at = Int.random(in: 0..<damaged.count, using: &gen)
            var scalars = Array(damaged[at].unicodeScalars)
            for _ in 0..<Int.random(in: 1...3, using: &gen) {
                let pos = Int.random(in: 0...scalars.count, using: &gen)
                let piece = alphabet.randomElement(using: &gen)!.unicodeScalars
                if Bool.random(using: &gen), pos < scalars.count { scalars.remove(at: pos) } else { scalars.insert(contentsOf: piece, at: pos) }
            }
            damaged[at] = String(String.UnicodeScalarView(scalars))
            _ = try? SafeTOML.table(damaged.joined(separator: "\n"))
        }
    }
}
