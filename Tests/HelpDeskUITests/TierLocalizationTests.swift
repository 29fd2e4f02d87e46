import Foundation
import HelpDeskCore
import Testing
@testable import HelpDeskUI

@Suite("Tier screens' localisation")
struct TierLocalizationTests {
    @Test("every tier-screen string exists in English and Spanish, and the two differ where words are involved")
    func complete() {
        for key in TierString.allCases {
            for language in Language.allCases {
                #expect(Localizer.has(key, in: language), "\(key) missing in \(language)")
            }
        }
        let en = Localizer(language: .en), es = Localizer(language: .es)
        let untranslated = TierString.allCases.filter { en($0) == es($0) && en($0).contains { $0.isLetter } }
        // Only pure formats such as "{0}: {1}" or "{0} · {1} ({2})" may read the same.
        #expect(untranslated.allSatisfy { en($0).replacingOccurrences(of: #"\{\d\}"#, with: "", options: .regularExpression).allSatisfy { !$0.isLetter } },
                "same text in both languages: \(untranslated)")
    }

    @Test(":lang es switches the console and the wizard at run time")
    func switchLanguage() throws {
        let desk = try UITestDesk(fillers: 2)
        let (app, terminal) = desk.app(.ana, start: .l1)
        #expect(terminal.text.contains("MY TICKETS"))
        app.execute(command: "lang es")
        app.runUntilIdle()
        #expect(terminal.text.contains("MIS TICKETS"))
        #expect(terminal.text.contains("APRENDIZAJE"))
        app.execute(command: "open \(desk.vpn)")
        app.runUntilIdle()
        try terminal.press("e", in: app)
        #expect(terminal.text.contains("1 Destino  2 Área  3 Motivo"))
    }
}
