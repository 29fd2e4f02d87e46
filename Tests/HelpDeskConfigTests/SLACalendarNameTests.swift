import Foundation
import HelpDeskCore
import Testing
@testable import HelpDeskConfig

/// A calendar's name is what policies refer to: a short field (``FieldLimits/calendarName``),
/// refused with a control character or over 64 characters, at the line of its table.
@Suite("sla.toml: calendar names")
struct SLACalendarNameTests {
    @Test("a calendar name of 65 characters or with a control character is an error at its header; 64 is fine")
    func names() {
        let long = String(repeating: "c", count: 65)
        let text = """
            [calendars.office]
            time_zone = "Europe/Madrid"
            always_open = true
            [calendars."\(long)"]
            time_zone = "Europe/Madrid"
            always_open = true
            [calendars."night\\u0007"]
            time_zone = "Europe/Madrid"
            always_open = true
            """
        let (set, errors) = SLAConfig.check(text, file: "sla.toml")
        #expect(set == nil)
        let sorted = errors.sorted { $0.line < $1.line }
        #expect(sorted.map(\.line) == [4, 7])  // escaped names are found under their real name
        #expect(sorted.map(\.message) == ["calendar name is 65 characters; at most 64",
                                          "calendar name contains the control character U+0007 (bell); remove it"])
        let fine = "[calendars.\"\(String(repeating: "ñ", count: 64))\"]\ntime_zone = \"Europe/Madrid\"\nalways_open = true\n"
        #expect(SLAConfig.check(fine, file: "sla.toml").1.isEmpty)
    }
}
