import Testing
@testable import HelpDeskCore

/// Cross-references between the numbered sections of an imported manual, and the words that
/// introduce them (the anchor text the search credits to the cited section).
@Suite("Section references")
struct SectionReferencesTests {
    @Test("A numbered title gives its series and number; an ordinary title gives nothing")
    func titleKeys() {
        #expect(SectionReferences.key(ofTitle: "Debian Reference 2.3.4") == "debian reference 2.3.4")
        #expect(SectionReferences.key(ofTitle: "Debian FAQ 1.2 (Definitions and overview)") == "debian faq 1.2")
        #expect(SectionReferences.key(ofTitle: "Guía Rápida 4") == "guia rapida 4")
        #expect(SectionReferences.key(ofTitle: "Reset a forgotten password") == nil)
        #expect(SectionReferences.key(ofTitle: "Chapter 3 — Printing") == "chapter 3")
        #expect(SectionReferences.key(ofTitle: "2.1: Printing") == "2.1")
        #expect(SectionReferences.key(ofTitle: "Windows 11 upgrade") == nil)
        #expect(SectionReferences.key(ofTitle: "Office 365 mail: 3D drivers") == nil)
        #expect(SectionReferences.key(ofTitle: "ls(1) — NAME") == nil)
    }

    @Test("The words before a reference, back to the start of their clause, point at the cited section")
    func anchorText() {
        let body = """
            Text can be paged. Although pager tools such as more(1) and less(1) (see Section 1.4.5) \
            and custom tools can display text data, they are limited.
            """
        let refs = SectionReferences.references(in: body, title: "Debian Reference 11.1.8")
        #expect(refs == [.init(key: "debian reference 1.4.5", context: "Although pager tools such as more(1) and less(1) (see")])
    }

    @Test("Spanish keywords, accents, capitals and the no-break space of converted HTML all count")
    func spanish() {
        let body = "Para los paquetes huérfanos consulte SECCIÓN\u{00A0}2.6.6. Y el capítulo 3 explica el arranque."
        let refs = SectionReferences.references(in: body, title: "Debian Reference 2.1")
        #expect(refs.map(\.key) == ["debian reference 2.6.6", "debian reference 3"])
        #expect(refs.map(\.context) == ["Para los paquetes huérfanos consulte", "Y el"])
    }

    @Test("A clause ends at its full stop, even after a section number")
    func clauses() {
        let body = "Check out Section 12.1. If even that doesn't help, refer to Section 16.2."
        let refs = SectionReferences.references(in: body, title: "Debian FAQ 1.1 (Definitions and overview)")
        #expect(refs.map(\.context) == ["Check out", "If even that doesn't help, refer to"])
    }

    @Test("At most twelve words of anchor text, and none across a sentence")
    func contextLength() {
        let words = (1...20).map { "w\($0)" }.joined(separator: " ")
        let refs = SectionReferences.references(in: words + " in Section 2.", title: "Manual 1")
        #expect(refs.first?.context.split(separator: " ").count == 12)
        #expect(refs.first?.context.hasSuffix("w20 in") == true)
        #expect(SectionReferences.references(in: "See it. Section 2 has it.", title: "Manual 1").isEmpty)
    }

    @Test("Not references: self-references, numbers glued to letters, articles outside a numbered series")
    func nonReferences() {
        #expect(SectionReferences.references(in: "as said in Section 1.2, above", title: "Manual 1.2").isEmpty)
        #expect(SectionReferences.references(in: "consulte Sección 2.6.6y más", title: "Manual 1").isEmpty)
        #expect(SectionReferences.references(in: "see Section 2.1 for printers", title: "Printing at home").isEmpty)
        #expect(SectionReferences.references(in: "the section 2..3 is odd", title: "Manual 1").isEmpty)
    }

    @Test("Hostile text: control characters, huge bodies and lone keywords do not break it")
    func hostile() {
        let body = String(repeating: "Section \u{1B}[31m ", count: 10_000) + "Section"
        #expect(SectionReferences.references(in: body, title: "Manual 1").isEmpty)
        #expect(SectionReferences.references(in: "", title: "Manual 1").isEmpty)
        #expect(SectionReferences.key(ofTitle: "") == nil)
    }
}
