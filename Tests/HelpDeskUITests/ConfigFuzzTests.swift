import Foundation
import HelpDeskTestSupport
import Testing
@testable import HelpDeskUI

@Suite("Fuzz: theme and keys files", .serialized)
struct ConfigFuzzTests {
    @Test("random theme files give a theme or located diagnostics")
    func themes() {
        var gen = HostileText(seed: 6)
        for _ in 0..<HostileText.iterations / 4 {
            let source = "[theme]\n" + gen.string(maxPieces: 20) + "\n[roles]\n" + gen.string(maxPieces: 20)
            if ProcessInfo.processInfo.environment["FUZZ_TRACE"] != nil { print("FUZZCASE", source.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")) }
            let (_, diagnostics) = ThemeParser.parse(file: "fuzz.toml", source: source, defaultName: "fuzz")
            for d in diagnostics { #expect(d.line >= 0 && d.file == "fuzz.toml") }
        }
    }

    @Test("random keys files keep the default key map usable")
    func keys() {
        var gen = HostileText(seed: 7)
        for _ in 0..<HostileText.iterations / 4 {
            let source = "[keys]\n" + gen.string(maxPieces: 20)
            if ProcessInfo.processInfo.environment["FUZZ_TRACE"] != nil { print("FUZZCASE", source.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ")) }
            let loaded = KeyMapLoader.parse(source: source, file: "keys.toml")
            #expect(!loaded.keyMap.keys(for: "app.quit").isEmpty || !loaded.diagnostics.isEmpty)
        }
    }
}
