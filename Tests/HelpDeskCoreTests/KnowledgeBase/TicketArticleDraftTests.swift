import Foundation
import Testing
@testable import HelpDeskCore

/// Drafting an article from a ticket: who may, and the text it starts from.
@Suite("Draft article from a ticket")
struct TicketArticleDraftTests {
    static let t0 = Fixture.t0

    static func ticket(subject: String, description: String, status: TicketStatus = .resolved, category: String? = "network") -> Ticket {
        Ticket(id: 42, subject: subject, description: description, requester: "marta", category: category, status: status,
               tier: .l2, createdBy: "ana", createdAt: t0)
    }

    static func escalated(_ reason: String, tried: String, from: Tier = .l1, to: Tier = .l2, by: String = "ana") -> TicketEvent {
        TicketEvent(ticketID: 42, type: .escalated, at: t0 + 60, actor: by, fromTier: from, toTier: to, reason: reason, tried: tried)
    }

    static func resolved(_ text: String?) -> TicketEvent {
        TicketEvent(ticketID: 42, type: .resolved, at: t0 + 600, actor: "luis", text: text)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var ticket: Ticket
        var history: [TicketEvent]
        var title: String
        var lang: Language
        var body: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "Spanish ticket, one hand-off: Spanish headings, what was tried, the resolution",
             ticket: ticket(subject: "No puedo conectarme a la VPN",
                            description: "Desde esta mañana el cliente VPN dice \"authentication failed\"."),
             history: [escalated("el certificado ha caducado", tried: "reiniciar el cliente"), resolved("Renovado el certificado de la VPN.")],
             title: "No puedo conectarme a la VPN", lang: .es,
             body: """
                ## Síntoma

                Desde esta mañana el cliente VPN dice "authentication failed".

                ## Qué se probó

                - L1 → L2 (ana): el certificado ha caducado
                  Probado: reiniciar el cliente

                ## Solución

                Renovado el certificado de la VPN.

                _Redactado a partir del ticket #42._
                """),
        Case(name: "English ticket without hand-offs: no 'what was tried' section",
             ticket: ticket(subject: "Outlook keeps asking for the password", description: "It started after the password change."),
             history: [resolved("Removed the cached credentials from the Credential Manager.")],
             title: "Outlook keeps asking for the password", lang: .en,
             body: """
                ## Symptom

                It started after the password change.

                ## Resolution

                Removed the cached credentials from the Credential Manager.

                _Drafted from ticket #42._
                """),
        Case(name: "two hand-offs in order; an external target is named; multi-line text stays in its bullet",
             ticket: ticket(subject: "ERP is slow when invoicing", description: ""),
             history: [escalated("needs a DBA", tried: "restarted the app\ncleared the cache"),
                       TicketEvent(ticketID: 42, type: .escalated, at: t0 + 120, actor: "elena", fromTier: .l3, toTier: .external,
                                   externalName: "Proveedor ERP", reason: "vendor bug", tried: "rebuilt the indexes"),
                       resolved("The vendor shipped a patch.")],
             title: "ERP is slow when invoicing", lang: .en,
             body: """
                ## Symptom

                ERP is slow when invoicing

                ## What was tried

                - L1 → L2 (ana): needs a DBA
                  Tried: restarted the app
                  cleared the cache
                - L3 → Proveedor ERP (elena): vendor bug
                  Tried: rebuilt the indexes

                ## Resolution

                The vendor shipped a patch.

                _Drafted from ticket #42._
                """),
        Case(name: "no resolution text: a placeholder asks for it",
             ticket: ticket(subject: "Printer jams on the 3rd floor", description: "The printer jams when printing on both sides."),
             history: [resolved(nil)],
             title: "Printer jams on the 3rd floor", lang: .en,
             body: """
                ## Symptom

                The printer jams when printing on both sides.

                ## Resolution

                _No resolution text was recorded: describe the fix here._

                _Drafted from ticket #42._
                """),
        Case(name: "hostile text: escapes, controls and bidi overrides are dropped; the title is one line",
             ticket: ticket(subject: "Evil\u{1B}]52;c;AAAA\u{07} sub\nject \u{202E}gnp", description: "line one\u{1B}[2J\r\nline two\u{0}"),
             history: [resolved("fixed\u{9B}31m it")],
             title: "Evil]52;c;AAAA sub ject gnp", lang: .en,
             body: """
                ## Symptom

                line one[2J
                line two

                ## Resolution

                fixed31m it

                _Drafted from ticket #42._
                """),
    ]

    @Test("the pre-filled draft", arguments: cases)
    func build(_ c: Case) {
        let draft = TicketArticleDraft.build(ticket: c.ticket, history: c.history)
        #expect(draft.title == c.title)
        #expect(draft.lang == c.lang)
        #expect(draft.body == c.body)
        #expect(draft.category == "network")
        #expect(draft.externalID == nil)
    }

    @Test("who may draft: L1 is refused with a reason; L2, L3 and supervisors may, on resolved or closed tickets")
    func permissions() {
        let resolved = Self.ticket(subject: "s", description: "d")
        let refusal = TicketArticleDraft.refusal(ticket: resolved, by: Fixture.ana)
        #expect(refusal == .notPermitted("ana (l1) cannot draft an article from #42: only L2, L3 and supervisors write up resolutions; ask the specialist who solved it"))
        for agent in [Fixture.luis, Fixture.elena, Fixture.sofia] {
            #expect(TicketArticleDraft.refusal(ticket: resolved, by: agent) == nil)
            #expect(TicketArticleDraft.refusal(ticket: Self.ticket(subject: "s", description: "d", status: .closed), by: agent) == nil)
        }
        let open = Self.ticket(subject: "s", description: "d", status: .open)
        #expect(TicketArticleDraft.refusal(ticket: open, by: Fixture.luis)
            == .notResolved("#42 is open: only a resolved or closed ticket can become an article; resolve it first"))
        // The role comes first: an L1 agent is told to ask a specialist, not to resolve it.
        if case .notPermitted = TicketArticleDraft.refusal(ticket: open, by: Fixture.ana) {} else { Issue.record("L1 on an open ticket") }
    }

    @Test("gap queries fold case, accents and spaces; one letter or punctuation is not a topic",
          arguments: [("  Firma   DIGITAL ", "firma digital"), ("Contraseña\tcaducada", "contrasena caducada"),
                      ("x", nil), ("?!", nil), ("a\u{1B}b", "a b")] as [(String, String?)])
    func fold(_ text: String, _ expected: String?) {
        #expect(SearchGapKey.fold(text) == expected)
    }

    @Test("the links a workflow event implies")
    func linkKinds() {
        let resolvedWith = TicketEvent(ticketID: 1, type: .resolved, at: Self.t0, actor: "ana", articleID: 3)
        let linked = TicketEvent(ticketID: 1, type: .kbLinked, at: Self.t0, actor: "ana", articleID: 3)
        #expect(ArticleLinkKind.forEvent(resolvedWith) == .used)
        #expect(ArticleLinkKind.forEvent(linked) == .suggested)
        #expect(ArticleLinkKind.forEvent(linked, linkedAs: .draftedFrom) == .draftedFrom)
        #expect(ArticleLinkKind.forEvent(TicketEvent(ticketID: 1, type: .resolved, at: Self.t0, actor: "ana")) == nil)
        #expect(ArticleLinkKind.forEvent(TicketEvent(ticketID: 1, type: .kbViewed, at: Self.t0, actor: "ana", articleID: 3)) == nil)
    }
}
