import Foundation
import HelpDeskCore
import Testing
@testable import HelpDeskConfig

/// The repository root, found from this file so tests run from any directory.
let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite("sla.toml: reading, writing and the shipped default")
struct SLAConfigTests {
    @Test("sla/default.toml is exactly what `sla export` writes for the built-in policies")
    func shippedDefault() throws {
        let url = repoRoot.appendingPathComponent("sla/default.toml")
        let expected = SLAConfig.export(.standard)
        if ProcessInfo.processInfo.environment["RECORD_SLA_DEFAULT"] != nil {
            try expected.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded \(url.path); unset RECORD_SLA_DEFAULT and run again")
        }
        let shipped = try String(contentsOf: url, encoding: .utf8)
        #expect(shipped == expected)
        #expect(try SLAConfig.parse(shipped, file: "sla/default.toml") == .standard)
    }

    @Test("export then parse gives back a customised set")
    func roundTrip() throws {
        let zone = try BusinessCalendar.zone(named: "America/Mexico_City")
        let support = try BusinessCalendar(
            name: "mexico office", timeZone: zone,
            hours: WeeklyHours([.mon: [BusinessInterval(parsing: "08:30-17:30")], .sat: [BusinessInterval(parsing: "10:00-13:00")]]),
            holidays: [LocalDate("2026-09-16")!]
        )
        let base = SLAPolicySet.standard
        var policies = base.orderedPolicies
        policies[0].calendar = "mexico office"
        policies[0].firstResponse = 5400
        policies[0].nextUpdate = nil
        policies[0].autoEscalate = false
        let custom = try SLAPolicySet(calendars: base.orderedCalendars + [support], policies: policies, atRiskThreshold: 0.8)
        #expect(try SLAConfig.parse(SLAConfig.export(custom), file: "custom.toml") == custom)
    }

    @Test("a file only needs what it changes")
    func partialOverride() throws {
        let text = """
        [policies.P3]
        basic = { resolution = "1h30m", next_update = "none" }
        """
        let set = try SLAConfig.parse(text, file: "sla.toml")
        let p = set.policy(for: .p3, plan: .basic)
        #expect(p.resolution == 5400)
        #expect(p.nextUpdate == nil)
        #expect(p.firstResponse == SLAPolicySet.standard.policy(for: .p3, plan: .basic).firstResponse)
        #expect(set.policy(for: .p1, plan: .advanced) == SLAPolicySet.standard.policy(for: .p1, plan: .advanced))
    }

    @Test("an empty file is the built-in set")
    func empty() throws {
        #expect(try SLAConfig.parse("", file: "sla.toml") == .standard)
    }

    struct Bad: CustomTestStringConvertible, Sendable {
        let why: String
        let toml: String
        let line: Int
        let column: Int
        let says: String
        var testDescription: String { why }
    }

    static let bad: [Bad] = [
        Bad(why: "TOML syntax error", toml: "at_risk_threshold = 0.75\n[policies.P1\n", line: 2, column: 13, says: "expected ']'"),
        Bad(why: "unknown top-level key", toml: "at_risk_threshold = 0.75\n\n[calendar.office]\ntime_zone = \"UTC\"\n",
            line: 3, column: 1, says: "unknown key \"calendar\""),
        Bad(why: "unknown key in a calendar", toml: "[calendars.office]\ntime_zone = \"UTC\"\nmon = [\"09:00-14:00\"]\nholiday = [2026-12-25]\n",
            line: 4, column: 1, says: "unknown key \"holiday\""),
        Bad(why: "bad time zone", toml: "[calendars.office]\ntime_zone = \"Europe/Atlantis\"\nmon = [\"09:00-14:00\"]\n",
            line: 2, column: 13, says: "unknown time zone \"Europe/Atlantis\""),
        Bad(why: "bad opening hours, pointing at the interval", toml: "[calendars.office]\ntime_zone = \"UTC\"\nmon = [\"09:00-14:00\", \"15:00-25:00\"]\n",
            line: 3, column: 23, says: "not an interval"),
        Bad(why: "a calendar with no hours", toml: "[calendars.night]\ntime_zone = \"UTC\"\n",
            line: 1, column: 1, says: "no opening hours"),
        Bad(why: "24/7 with opening hours", toml: "[calendars.24x7]\ntime_zone = \"UTC\"\nalways_open = true\ntue = [\"09:00-10:00\"]\n",
            line: 4, column: 1, says: "always open"),
        Bad(why: "a holiday that is not a date", toml: "[calendars.office]\ntime_zone = \"UTC\"\nmon = [\"09:00-14:00\"]\nholidays = [\n  2026-12-25,\n  \"2026-02-30\",\n]\n",
            line: 6, column: 3, says: "not a date"),
        Bad(why: "unknown priority", toml: "[policies.P5]\nbasic = { resolution = \"4h\" }\n",
            line: 1, column: 1, says: "unknown priority \"P5\""),
        Bad(why: "unknown plan", toml: "[policies.P1]\npremium = { resolution = \"4h\" }\n",
            line: 2, column: 1, says: "unknown support plan \"premium\""),
        Bad(why: "bad duration inside an inline table", toml: "[policies.P2]\nbasic    = { first_response = \"1h\", resolution = \"4x\" }\n",
            line: 2, column: 50, says: "unknown unit \"x\""),
        Bad(why: "a duration without a unit", toml: "[policies.P2]\nbasic = { next_update = \"90\" }\n",
            line: 2, column: 25, says: "ends without a unit"),
        Bad(why: "a duration that is a number", toml: "[policies.P2]\nbasic = { resolution = 4 }\n",
            line: 2, column: 24, says: "must be a string"),
        Bad(why: "unknown key in a policy", toml: "[policies.P2]\nbasic = { resolution = \"4h\", response = \"1h\" }\n",
            line: 2, column: 30, says: "unknown key \"response\""),
        Bad(why: "a policy on an undefined calendar", toml: "[policies.P4]\nbasic = { calendar = \"weekends\" }\n",
            line: 2, column: 22, says: "unknown calendar \"weekends\""),
        Bad(why: "threshold out of range", toml: "# risk\nat_risk_threshold = 1.5\n",
            line: 2, column: 21, says: "between 0 and 1"),
    ]

    @Test("mistakes are reported at their line and column", arguments: bad)
    func errors(_ c: Bad) {
        do {
            _ = try SLAConfig.parse(c.toml, file: "sla.toml")
            Issue.record("accepted: \(c.toml)")
        } catch {
            #expect(error.file == "sla.toml")
            #expect(error.line == c.line)
            #expect(error.column == c.column)
            #expect(error.message.contains(c.says), "message was: \(error.message)")
        }
    }

    @Test("check lists every mistake in document order")
    func allErrors() {
        let text = """
        at_risk_threshold = 2
        [policies.P1]
        basic = { resolution = "soon" }
        gold = { resolution = "4h" }
        """
        let (set, errors) = SLAConfig.check(text, file: "sla.toml")
        #expect(set == nil)
        #expect(errors.map(\.line) == [1, 3, 4])
        #expect(errors.first?.description.hasPrefix("sla.toml:1:21: ") == true)
    }

    @Test("a missing file is reported, not a crash")
    func missingFile() {
        #expect(throws: ConfigError.self) { try SLAConfig.load(path: "/nonexistent/sla.toml") }
    }
}

@Suite("Durations")
struct SLADurationTests {
    @Test("read", arguments: [("30m", 1800.0), ("4h", 14400), ("1h30m", 5400), ("2d", 172_800), ("1d2h3m4s", 93784)])
    func parse(text: String, seconds: Double) throws {
        #expect(try SLADuration.parse(text) == seconds)
        #expect(try SLADuration.parse(SLADuration.format(seconds)) == seconds)
    }

    @Test("refused", arguments: ["", "4", "h", "4x", "30m1h", "1h1h", "0m", "-1h", "1.5h", " 4h"])
    func refuse(text: String) {
        #expect(throws: SLAError.self) { try SLADuration.parse(text) }
    }

    @Test("written canonically")
    func format() {
        #expect(SLADuration.format(5400) == "1h30m")
        #expect(SLADuration.format(86400) == "24h")
        #expect(SLADuration.format(144_000) == "40h")
        #expect(SLADuration.format(57600) == "16h")
    }
}
