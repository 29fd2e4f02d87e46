import Foundation
import Testing
@testable import HelpDeskCore

/// Short, name-like fields (subjects, titles, names, logins, areas, tags, ids) are one line of
/// at most a few hundred characters, counted as a person counts them; white space around them
/// is trimmed, never refused; line breaks, control characters and bidi overrides are refused
/// with a sentence that names the field.
@Suite("Short text fields")
struct ShortTextTests {
    static let subject = FieldLimits.subject

    @Test("the limits: 200 for subjects and titles, 254 for requester handles, 100 for names, areas, categories and tags, 64 for logins")
    func limits() {
        let table: [(ShortTextField, String, Int)] = [
            (FieldLimits.subject, "subject", 200), (FieldLimits.articleTitle, "title", 200),
            (FieldLimits.requester, "requester", 254), (FieldLimits.requesterName, "requester name", 100),
            (FieldLimits.organisation, "organisation", 100), (FieldLimits.agentName, "agent name", 100),
            (FieldLimits.agentLogin, "login", 64), (FieldLimits.category, "category", 100), (FieldLimits.area, "area", 100),
            (FieldLimits.externalName, "vendor or department name", 100), (FieldLimits.tag, "tag", 100),
            (FieldLimits.externalID, "external id", 200), (FieldLimits.themeName, "theme name", 64),
            (FieldLimits.themeDescription, "theme description", 200), (FieldLimits.calendarName, "calendar name", 64),
        ]
        for (field, name, limit) in table {
            #expect(field.name == name && field.limit == limit, "\(field.name)")
        }
        #expect(NewTicket.maxSubjectLength == 200)
    }

    @Test("exactly the limit is kept; one character more is refused, saying how long it is and the limit")
    func boundary() throws {
        let atLimit = String(repeating: "a", count: 200)
        #expect(try Self.subject.validated(atLimit) == atLimit)
        let over = String(repeating: "a", count: 245)
        #expect(throws: ShortTextError.tooLong(field: Self.subject, length: 245, limit: 200)) { try Self.subject.validated(over) }
        #expect(Self.subject.problem(in: over)?.description == "subject is 245 characters; at most 200")
        #expect(Self.subject.problem(in: atLimit + "b")?.description == "subject is 201 characters; at most 200")
    }

    @Test("accents, CJK and emoji count once each, whatever their UTF-8 size", arguments: [
        "ñ", "n\u{0303}", "é", "e\u{0301}", "漢", "字", "🎉", "👩‍💻", "👨‍👩‍👧‍👦", "🇪🇸", "👍🏽",
    ])
    func charactersNotBytes(_ character: String) throws {
        #expect(character.count == 1)
        let atLimit = String(repeating: character, count: 200)
        #expect(atLimit.utf8.count > 200)
        #expect(try Self.subject.validated(atLimit) == atLimit)
        let over = atLimit + character
        #expect(Self.subject.problem(in: over) == .tooLong(field: Self.subject, length: 201, limit: 200))
    }

    @Test("a real Spanish subject of 200 characters with accents is kept whole")
    func spanishSentence() throws {
        let base = "No puedo iniciar sesión en la aplicación de nóminas desde el portátil nuevo; dice «contraseña caducada» "
        let text = String((base + base).prefix(200))
        #expect(text.count == 200)
        #expect(try Self.subject.validated(text) == text)
    }

    @Test("leading and trailing white space, tabs and line breaks are trimmed, not refused; the trimmed length is what counts")
    func trimmed() throws {
        #expect(try Self.subject.validated("  \t Printer jams\r\n") == "Printer jams")
        #expect(try Self.subject.validated("\u{2028}Printer\u{00A0}jams ") == "Printer\u{00A0}jams")
        let padded = "   " + String(repeating: "x", count: 200) + "\n\n"
        #expect(try Self.subject.validated(padded).count == 200)
        #expect(Self.subject.problem(in: "  Printer  ") == nil)
    }

    @Test("a line break inside a one-line field is refused", arguments: ["\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"])
    func lineBreaks(_ lineBreak: String) {
        let error = Self.subject.problem(in: "Printer" + lineBreak + "jams")
        #expect(error == .lineBreak(field: Self.subject))
        #expect(error?.description == "subject has a line break; it must be a single line")
    }

    @Test("control characters (C0, DEL, C1, a tab inside) are refused and named by code point", arguments: [
        (0x00, "U+0000 (NUL)"), (0x07, "U+0007 (bell)"), (0x09, "U+0009 (tab)"), (0x1B, "U+001B (escape)"),
        (0x1F, "U+001F"), (0x7F, "U+007F (delete)"), (0x80, "U+0080"), (0x9B, "U+009B"), (0x9F, "U+009F"),
    ] as [(UInt32, String)])
    func controls(_ value: UInt32, _ named: String) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let error = Self.subject.problem(in: "Pay\(Character(scalar))now")
        #expect(error == .controlCharacter(field: Self.subject, scalar: scalar))
        #expect(error?.description == "subject contains the control character \(named); remove it")
    }

    @Test("an escape sequence (OSC 52 clipboard write) in a name is refused at its ESC")
    func escapeSequence() {
        let error = FieldLimits.requesterName.problem(in: "Eve \u{1b}]52;c;aGk=\u{07}")
        #expect(error?.description == "requester name contains the control character U+001B (escape); remove it")
    }

    @Test("bidi overrides and isolates are refused; the plain direction marks, zero-width joiners and format characters are not", arguments: [
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
    ] as [UInt32])
    func bidi(_ value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let error = FieldLimits.articleTitle.problem(in: "invoice\(Character(scalar))gnp.exe")
        #expect(error == .bidiControl(field: FieldLimits.articleTitle, scalar: scalar))
        #expect(error?.description.hasPrefix("title contains the bidirectional control U+\(String(value, radix: 16, uppercase: true))") == true)
    }

    @Test("right-to-left names with their marks, ZWJ emoji and a soft hyphen are kept")
    func allowedFormatCharacters() throws {
        for text in ["\u{200F}שלום\u{200E} Cohen", "👩‍💻 dev team", "Infor\u{00AD}mática", "zero\u{200B}width"] {
            #expect(try FieldLimits.agentName.validated(text) == text)
        }
    }

    @Test("the first problem is reported: a line break before a control before the length")
    func order() {
        let long = String(repeating: "x", count: 300)
        #expect(Self.subject.problem(in: long + "\n" + "\u{1b}") == .lineBreak(field: Self.subject))
        #expect(Self.subject.problem(in: long + "\u{1b}") == .controlCharacter(field: Self.subject, scalar: "\u{1b}"))
    }

    @Test("an optional field left out or blank is nil; a present one is trimmed and checked")
    func optional() throws {
        #expect(try FieldLimits.category.validated(optional: nil) == nil)
        #expect(try FieldLimits.category.validated(optional: "  \t") == nil)
        #expect(try FieldLimits.category.validated(optional: " network ") == "network")
        #expect(throws: ShortTextError.lineBreak(field: FieldLimits.category)) { try FieldLimits.category.validated(optional: "net\nwork") }
    }
}

/// The model types check their short fields with ``FieldLimits`` before anything is stored.
@Suite("Short fields of the model")
struct ShortFieldModelTests {
    static func refusal(_ new: NewTicket) -> WorkflowError? {
        if case .failure(let error) = Result(catching: { () throws(WorkflowError) in try new.validated() }) { return error }
        return nil
    }

    @Test("a new ticket: subject 200, requester 254, category 100 characters; one more is refused as invalid text naming the field")
    func newTicket() throws {
        let ok = NewTicket(subject: String(repeating: "s", count: 200), requester: String(repeating: "r", count: 242) + "@example.com",
                           category: String(repeating: "C", count: 100))
        let valid = try ok.validated()
        #expect(valid.category == String(repeating: "c", count: 100))
        let cases: [(NewTicket, String)] = [
            (NewTicket(subject: String(repeating: "s", count: 201), requester: "r"), "subject is 201 characters; at most 200"),
            (NewTicket(subject: "s", requester: String(repeating: "r", count: 255)), "requester is 255 characters; at most 254"),
            (NewTicket(subject: "s", requester: "r", category: String(repeating: "c", count: 101)), "category is 101 characters; at most 100"),
            (NewTicket(subject: "Printer\njams", requester: "r"), "subject has a line break; it must be a single line"),
            (NewTicket(subject: "s", requester: "evil\u{1b}[5m@example.com"), "requester contains the control character U+001B (escape); remove it"),
        ]
        for (new, message) in cases {
            let error = Self.refusal(new)
            guard case .invalidText? = error else { Issue.record("\(new): \(String(describing: error))"); continue }
            #expect(error?.description == message)
        }
        #expect(Self.refusal(NewTicket(subject: "s", requester: "evil\u{1b}")).flatMap(\.field) == "requester")
    }

    @Test("a ticket's fields are trimmed; the description is free text and keeps its lines")
    func newTicketTrimmed() throws {
        let valid = try NewTicket(subject: "  VPN down\n", description: "line 1\nline 2\t", requester: " marta@contoso.example ",
                                  category: " Network ").validated()
        #expect(valid.subject == "VPN down" && valid.requester == "marta@contoso.example" && valid.category == "network")
        #expect(valid.description == "line 1\nline 2\t")
        #expect(try NewTicket(subject: "s", requester: "r", category: "   ").validated().category == nil)
    }

    @Test("an agent: login 64, name and each area 100; areas trimmed, lower-cased, blanks dropped")
    func agent() throws {
        let agent = try Agent(login: " " + String(repeating: "l", count: 64), name: "María José Fernández-Villaverde ",
                              role: .l2, areas: [" Network", "", "  ", "OS"]).validated()
        #expect(agent.login.count == 64 && agent.name == "María José Fernández-Villaverde" && agent.areas == ["network", "os"])
        #expect(throws: ShortTextError.tooLong(field: FieldLimits.agentLogin, length: 65, limit: 64)) {
            try Agent(login: String(repeating: "l", count: 65), name: "n", role: .l1).validated()
        }
        #expect(throws: ShortTextError.tooLong(field: FieldLimits.area, length: 101, limit: 100)) {
            try Agent(login: "l", name: "n", role: .l1, areas: ["network", String(repeating: "a", count: 101)]).validated()
        }
        #expect(throws: ShortTextError.controlCharacter(field: FieldLimits.agentName, scalar: "\u{7f}")) {
            try Agent(login: "l", name: "Ana\u{7f}", role: .l1).validated()
        }
    }

    @Test("a requester and an organisation: handle 254, names 100; a blank organisation is none")
    func people() throws {
        let person = try Requester(handle: " marta@contoso.example ", name: " Marta Ruiz ", organisation: " ").validated()
        #expect(person == Requester(handle: "marta@contoso.example", name: "Marta Ruiz", organisation: nil))
        #expect(throws: ShortTextError.tooLong(field: FieldLimits.requesterName, length: 101, limit: 100)) {
            try Requester(handle: "m", name: String(repeating: "ñ", count: 101)).validated()
        }
        #expect(throws: ShortTextError.bidiControl(field: FieldLimits.organisation, scalar: "\u{202e}")) {
            try Organisation(name: "Contoso\u{202e}", plan: .basic).validated()
        }
        #expect(try Organisation(name: String(repeating: "漢", count: 100), plan: .basic).validated().name.count == 100)
    }

    @Test("an article draft: title 200, external id 200, category and each tag 100; blank tags dropped; the body is free text")
    func articleDraft() throws {
        let body = String(repeating: "long line\n", count: 1000)
        let draft = try ArticleDraft(externalID: " KB-1 ", title: " Reset the password ", body: body,
                                     category: "", tags: [" vpn ", "", "contraseña"]).validated()
        #expect(draft.externalID == "KB-1" && draft.title == "Reset the password" && draft.category == nil)
        #expect(draft.tags == ["vpn", "contraseña"] && draft.body == body)
        #expect(throws: ShortTextError.tooLong(field: FieldLimits.tag, length: 101, limit: 100)) {
            try ArticleDraft(title: "t", body: "", tags: [String(repeating: "t", count: 101)]).validated()
        }
        #expect(throws: ShortTextError.tooLong(field: FieldLimits.externalID, length: 201, limit: 200)) {
            try ArticleDraft(externalID: String(repeating: "i", count: 201), title: "t", body: "").validated()
        }
    }

    @Test("editing an article stored before the limits: fields left as they were are not checked; changed ones are")
    func articleEditKeepsOldFields() throws {
        let oldTag = String(repeating: "g", count: 150)
        let stored = Article(id: 3, externalID: "KB-\u{1b}3", title: String(repeating: "t", count: 250), body: "old",
                             category: "net\nwork", tags: [oldTag], author: "luis", createdAt: Fixture.t0)
        var edit = ArticleDraft(externalID: stored.externalID, title: stored.title, body: "new body",
                                category: stored.category, tags: stored.tags)
        #expect(try edit.validated(keepingUnchangedFrom: stored) == edit)
        edit.title = "  Reset the VPN certificate "
        #expect(try edit.validated(keepingUnchangedFrom: stored).title == "Reset the VPN certificate")
        edit.tags = [oldTag, "vpn"]
        #expect(throws: ShortTextError.tooLong(field: FieldLimits.tag, length: 150, limit: 100)) {
            try edit.validated(keepingUnchangedFrom: stored)
        }
        #expect(throws: ShortTextError.self) { try edit.validated() }
    }

    @Test("an escalation: the vendor name and the area are short fields; the area is stored trimmed")
    func escalation() throws {
        let open = Fixture.ticket(status: .open)
        func apply(_ escalation: Escalation) -> Result<WorkflowOutcome, WorkflowError> {
            Result { () throws(WorkflowError) in try Workflow.apply(.escalate(escalation), to: open, history: [], by: Fixture.ana, now: Fixture.t0) }
        }
        let longName = String(repeating: "v", count: 101)
        guard case .failure(.invalidText(let error)) = apply(Escalation(target: .external(kind: "vendor", name: longName), reason: "r", tried: "t")) else {
            Issue.record("a 101-character vendor name was accepted")
            return
        }
        #expect(error.description == "vendor or department name is 101 characters; at most 100")
        guard case .failure(.invalidText(let areaError)) = apply(Escalation(target: .tier(.l2), area: "net\u{1b}[2J", reason: "r", tried: "t")) else {
            Issue.record("an area with an escape was accepted")
            return
        }
        #expect(areaError.field == FieldLimits.area)
        let outcome = try apply(Escalation(target: .tier(.l2), area: "  network ", reason: "r", tried: "t")).get()
        #expect(outcome.events.first?.area == "network" && outcome.ticket.category == "network")
        let blank = try apply(Escalation(target: .tier(.l2), area: "  ", reason: "r", tried: "t")).get()
        #expect(blank.events.first?.area == nil)
    }

    @Test("an article drafted from a ticket whose stored subject is longer than a title gets a shortened title")
    func draftTitleFromLongSubject() throws {
        var ticket = Fixture.ticket(status: .resolved)
        ticket.subject = String(repeating: "word ", count: 60)  // 300 characters, stored before the limits
        let draft = TicketArticleDraft.build(ticket: ticket, history: [])
        #expect(draft.title.count <= FieldLimits.articleTitle.limit)
        #expect(draft.title.hasSuffix("…"))
        #expect(try draft.validated().title == draft.title)
    }
}

/// The escalation wizard flags a too-long or broken vendor name or area as it is typed, keeps
/// the text, and does not go on until it is fixed.
@Suite("Escalation wizard: short fields")
struct EscalationWizardShortTextTests {
    static func wizard() -> EscalationWizard {
        EscalationWizard(ticketID: 7, tier: .l1, area: nil, areas: ["network", "os"], checklist: [])!
    }

    @Test("typing a 101st character of an area flags it at once; Enter stays on the step; deleting one clears it")
    func areaFlaggedWhileTyping() {
        var w = Self.wizard()
        _ = w.send(.next)  // target L2
        #expect(w.step == .area)
        let hundred = String(repeating: "a", count: 100)
        _ = w.send(.setArea(hundred))
        #expect(w.problem == nil)
        _ = w.send(.setArea(hundred + "b"))
        #expect(w.problem?.field == .area)
        #expect(w.problem?.text == .tooLong(field: FieldLimits.area, length: 101, limit: 100))
        #expect(w.area == hundred + "b")  // kept as typed
        _ = w.send(.next)
        #expect(w.step == .area && w.problem?.text != nil)
        _ = w.send(.setArea(hundred))
        #expect(w.problem == nil)
        _ = w.send(.next)
        #expect(w.step == .reason)
    }

    @Test("a vendor name with a control character stops the target step with the reason")
    func vendorName() {
        var w = Self.wizard()
        let vendor = w.targets.firstIndex(of: .vendor)!
        _ = w.send(.chooseTarget(vendor))
        _ = w.send(.setExternalName("Acme\u{1b}[2J"))
        #expect(w.problem?.field == .externalName)
        _ = w.send(.next)
        #expect(w.step == .target)
        #expect(w.problem?.message == "vendor or department name contains the control character U+001B (escape); remove it")
        _ = w.send(.setExternalName("  Acme Networks "))
        _ = w.send(.next)
        #expect(w.step == .area)
        guard case .external(_, let name) = w.escalation().target else { Issue.record("not external"); return }
        #expect(name == "Acme Networks")
    }

    @Test("a refusal of a short field by the workflow goes back to its step")
    func rejected() {
        var w = Self.wizard()
        _ = w.send(.next)
        _ = w.send(.setArea("network"))
        _ = w.send(.next)
        w.reject(.tooLong(field: FieldLimits.area, length: 120, limit: 100))
        #expect(w.step == .area && w.problem?.field == .area)
    }
}

/// Imports report an over-long title, tag or id as a bad record, with its line, like every other
/// bad record; control characters and line breaks in them, common in documents converted from
/// other formats, become spaces instead of stopping the import.
@Suite("Import: short fields")
struct ImportShortTextTests {
    @Test("JSONL: a title, id, category or tag over its limit is a bad line with its number; control characters become spaces")
    func jsonl() {
        let longTitle = String(repeating: "t", count: 201)
        let lines = [
            #"{"id": "ok-1", "title": "Fine", "body": "b"}"#,
            #"{"id": "ok-2", "title": "\#(longTitle)", "body": "b"}"#,
            #"{"id": "\#(String(repeating: "i", count: 201))", "title": "Fine", "body": "b"}"#,
            #"{"id": "ok-3", "title": "Fine", "body": "b", "tags": ["vpn", "\#(String(repeating: "g", count: 101))"]}"#,
            #"{"id": "ok-4", "title": "Fine\u001b[2J", "body": "b"}"#,
            #"{"id": "ok-5", "title": "Fine", "body": "b", "category": "net\nwork"}"#,
            #"{"id": "ok-6", "title": "  Título con acentos  ", "body": "b", "tags": [" vpn ", ""]}"#,
        ]
        let (articles, problems) = JSONLArticleParser.parse(Data(lines.joined(separator: "\n").utf8), file: "kb.jsonl")
        #expect(articles.map(\.line) == [1, 5, 6, 7])
        #expect(articles[1].draft.title == "Fine [2J" && articles[2].draft.category == "net work")
        #expect(articles.last?.draft.title == "Título con acentos" && articles.last?.draft.tags == ["vpn"])
        #expect(problems.map(\.description) == [
            "kb.jsonl:2: title is 201 characters; at most 200",
            "kb.jsonl:3: external id is 201 characters; at most 200",
            "kb.jsonl:4: tag is 101 characters; at most 100",
        ])
    }

    @Test("Markdown: the problem is reported at the line that wrote the field: the front matter key, or the # heading")
    func markdown() {
        func problem(_ text: String, path: String = "a.md") -> String? {
            do {
                _ = try MarkdownArticleParser.parse(text, file: "kb/\(path)", relativePath: path)
                return nil
            } catch {
                return error.description
            }
        }
        let long = String(repeating: "é", count: 201)
        #expect(problem("---\nid: a\ntitle: \(long)\n---\nbody") == "kb/a.md:3: title is 201 characters; at most 200")
        #expect(problem("---\nid: a\n---\n\nIntro\n# \(long)\nbody") == "kb/a.md:6: title is 201 characters; at most 200")
        #expect(problem("---\ntitle: T\ntags: [vpn, \(String(repeating: "g", count: 101))]\n---\nb") == "kb/a.md:3: tag is 101 characters; at most 100")
        #expect(problem("---\ntitle: T\nlang: en\nid: \(String(repeating: "i", count: 201))\n---\nb") == "kb/a.md:4: external id is 201 characters; at most 200")
        #expect(problem("---\ntitle: T\ncategory: \"net\u{1b}\"\n---\nb") == nil)
        let deep = String(repeating: "folder/", count: 30) + "a.md"  // the id comes from the path: the file is at fault
        #expect(problem("# T\nbody", path: deep) == "kb/\(deep):1: external id is \(deep.count - 3) characters; at most 200")
        #expect(problem("---\ntitle: \"  Restablecer la contraseña  \"\n---\nb") == nil)
    }

    @Test("Mis-decoded man-page headings (C1 controls) and bidi overrides in titles and ids import cleaned")
    func cleaned() {
        #expect(ShortTextField.cleaned("faked-tcp(1) — DESCRIPCI\u{C3}\u{93}N") == "faked-tcp(1) — DESCRIPCI\u{C3} N")
        #expect(ShortTextField.cleaned(" a\tb\r\n\u{2028}c\u{202E}d ") == "a b cd")
        let line = #"{"id": "man:es/man1/faked-tcp.1#DESCRIPCI\u00c3\u0093N", "title": "faked-tcp(1) \u2014 DESCRIPCI\u00c3\u0093N", "body": "b"}"#
        let (articles, problems) = JSONLArticleParser.parse(Data(line.utf8), file: "man.jsonl")
        #expect(problems.isEmpty)
        #expect(articles.first?.draft.externalID == "man:es/man1/faked-tcp.1#DESCRIPCIÃ N")
    }
}
