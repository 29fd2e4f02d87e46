import Foundation
import HelpDeskCore
import Testing
@testable import HelpDeskUI

@Suite("Localisation")
struct LocalizationTests {
    @Test("every UI string exists in English and Spanish")
    func complete() {
        for key in UIString.allCases {
            for language in Language.allCases {
                #expect(Localizer.has(key, in: language), "\(key) missing in \(language)")
            }
        }
    }

    @Test("every action of the key-map catalogue has a title and help in both languages")
    func actions() {
        for action in ActionCatalog.all {
            #expect(Localizer.hasActionText(action.id), "\(action.id) has no translation")
        }
    }

    @Test("placeholders are filled in each language's order")
    func placeholders() {
        let en = Localizer(language: .en), es = Localizer(language: .es)
        #expect(en(.toastAssigned, "12", "luis") == "#12 assigned to luis.")
        #expect(es(.toastAssigned, "12", "luis") == "#12 asignado a luis.")
        #expect(es.status(.pendingCustomer) == "espera cliente")
        #expect(en.tier(.external) == "external" && es.tier(.external) == "externo")
    }

    @Test("--lang wins, then LC_ALL, LC_MESSAGES, LANG; es* is Spanish")
    func detection() {
        #expect(Language.detect(flag: "es", environment: ["LANG": "en_US.UTF-8"]) == .es)
        #expect(Language.detect(flag: nil, environment: ["LC_ALL": "es_ES.UTF-8", "LANG": "en_US.UTF-8"]) == .es)
        #expect(Language.detect(flag: nil, environment: ["LC_ALL": "", "LC_MESSAGES": "en_GB", "LANG": "es_ES"]) == .en)
        #expect(Language.detect(flag: nil, environment: ["LANG": "es_MX.UTF-8"]) == .es)
        #expect(Language.detect(flag: nil, environment: ["LANG": "C.UTF-8"]) == .en)
        #expect(Language.detect(flag: nil, environment: [:]) == .en)
        #expect(Language(code: "fr") == nil)
    }

    @Test("dates in each language's style, in the configured zone")
    func dates() {
        let date = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09-21 14:13:20 UTC
        let utc = TimeZone(identifier: "UTC")!
        let en = Localizer(language: .en, timeZone: utc), es = Localizer(language: .es, timeZone: utc)
        #expect(en.dateTime(date) == "Sep 21 14:13")
        #expect(es.dateTime(date) == "21 sept 14:13")
        #expect(en.shortDateTime(date, now: date.addingTimeInterval(3600)) == "14:13")
        #expect(en.shortDateTime(date, now: date.addingTimeInterval(86_400)) == "Sep 21 14:13")
        let madrid = Localizer(language: .es, timeZone: TimeZone(identifier: "Europe/Madrid")!)
        #expect(madrid.time(date) == "16:13")
    }
}
