import Foundation
import Testing
@testable import HelpDeskCore

@Suite("Business calendar: adding business time and counting it")
struct BusinessCalendarTests {
    struct AddCase: CustomTestStringConvertible, Sendable {
        let why: String
        let start: String
        let add: TimeInterval
        let expected: String
        var testDescription: String { why }
    }

    // 2026-03-02 is a Monday; 2026-04-03 is Good Friday (a national holiday in Spain).
    static let officeCases: [AddCase] = [
        .init(why: "within one interval", start: "2026-03-02 10:00", add: 2 * hour, expected: "2026-03-02 12:00"),
        .init(why: "across the lunch break", start: "2026-03-02 13:00", add: 2 * hour, expected: "2026-03-02 16:00"),
        .init(why: "landing on closing time stays there", start: "2026-03-02 17:00", add: 1 * hour, expected: "2026-03-02 18:00"),
        .init(why: "across the night", start: "2026-03-02 17:00", add: 2 * hour, expected: "2026-03-03 10:00"),
        .init(why: "across the weekend", start: "2026-03-06 17:00", add: 2 * hour, expected: "2026-03-09 10:00"),
        .init(why: "across Good Friday and the weekend", start: "2026-04-02 17:00", add: 2 * hour, expected: "2026-04-06 10:00"),
        .init(why: "starting on Saturday waits for Monday", start: "2026-03-07 11:00", add: 1 * hour, expected: "2026-03-09 10:00"),
        .init(why: "starting before opening waits for 09:00", start: "2026-03-02 07:00", add: 30 * minute, expected: "2026-03-02 09:30"),
        .init(why: "starting at lunch waits for 15:00", start: "2026-03-02 14:30", add: 30 * minute, expected: "2026-03-02 15:30"),
        .init(why: "starting after closing waits for the next morning", start: "2026-03-02 20:00", add: 1 * hour, expected: "2026-03-03 10:00"),
        .init(why: "a whole week is five 8-hour days", start: "2026-03-02 09:00", add: 40 * hour, expected: "2026-03-06 18:00"),
        .init(why: "over the spring DST weekend (29 March)", start: "2026-03-27 17:00", add: 2 * hour, expected: "2026-03-30 10:00"),
        .init(why: "over the autumn DST weekend (25 October)", start: "2026-10-23 17:00", add: 2 * hour, expected: "2026-10-26 10:00"),
        .init(why: "zero seconds is the start itself", start: "2026-03-07 11:00", add: 0, expected: "2026-03-07 11:00"),
    ]

    @Test("office hours", arguments: officeCases)
    func addOffice(_ c: AddCase) {
        #expect(office.adding(c.add, to: madrid(c.start)) == madrid(c.expected))
    }

    @Test("what is added is what is counted", arguments: officeCases)
    func roundTrip(_ c: AddCase) {
        let start = madrid(c.start)
        #expect(office.businessSeconds(from: start, to: office.adding(c.add, to: start)) == c.add)
    }

    static let alwaysCases: [AddCase] = [
        .init(why: "24/7 ignores nights", start: "2026-03-02 22:00", add: 4 * hour, expected: "2026-03-03 02:00"),
        .init(why: "24/7 ignores holidays", start: "2026-04-03 10:00", add: 1 * hour, expected: "2026-04-03 11:00"),
        .init(why: "spring forward: 6 real hours end at 05:00 on the wall clock", start: "2026-03-28 22:00", add: 6 * hour, expected: "2026-03-29 05:00"),
        .init(why: "fall back: 6 real hours end at 03:00 on the wall clock", start: "2026-10-24 22:00", add: 6 * hour, expected: "2026-10-25 03:00"),
    ]

    @Test("24/7", arguments: alwaysCases)
    func addAlways(_ c: AddCase) {
        #expect(always.adding(c.add, to: madrid(c.start)) == madrid(c.expected))
    }

    struct CountCase: CustomTestStringConvertible, Sendable {
        let why: String
        let from: String
        let to: String
        let expected: TimeInterval
        var testDescription: String { why }
    }

    @Test("counting business seconds", arguments: [
        CountCase(why: "a working day", from: "2026-03-02 00:00", to: "2026-03-03 00:00", expected: 8 * hour),
        CountCase(why: "Monday morning to Friday evening", from: "2026-03-02 09:00", to: "2026-03-06 18:00", expected: 40 * hour),
        CountCase(why: "a weekend counts nothing", from: "2026-03-07 00:00", to: "2026-03-09 09:00", expected: 0),
        CountCase(why: "a holiday counts nothing", from: "2026-04-03 08:00", to: "2026-04-03 20:00", expected: 0),
        CountCase(why: "the lunch break counts nothing", from: "2026-03-02 13:30", to: "2026-03-02 15:30", expected: 1 * hour),
        CountCase(why: "reversed bounds count nothing", from: "2026-03-03 10:00", to: "2026-03-02 10:00", expected: 0),
        CountCase(why: "the spring DST Sunday still leaves Monday at 8 hours", from: "2026-03-27 00:00", to: "2026-03-31 00:00", expected: 16 * hour),
    ])
    func count(_ c: CountCase) {
        #expect(office.businessSeconds(from: madrid(c.from), to: madrid(c.to)) == c.expected)
    }

    @Test("a day open around the clock lasts 23 hours in spring and 25 in autumn")
    func dstDayLengths() throws {
        let allDay = try BusinessInterval(parsing: "00:00-24:00")
        let hours = try WeeklyHours(Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0, [allDay]) }))
        let cal = try BusinessCalendar(name: "shifts", timeZone: BusinessCalendar.zone(named: "Europe/Madrid"), hours: hours)
        #expect(cal.businessSeconds(from: madrid("2026-03-29 00:00"), to: madrid("2026-03-30 00:00")) == 23 * hour)
        #expect(cal.businessSeconds(from: madrid("2026-10-25 00:00"), to: madrid("2026-10-26 00:00")) == 25 * hour)
        #expect(cal.adding(2 * hour, to: madrid("2026-03-29 01:00")) == madrid("2026-03-29 04:00"))
        // Whole weeks around a change: one hour less in spring, one more in autumn.
        #expect(cal.businessSeconds(from: madrid("2026-03-25 00:00"), to: madrid("2026-04-01 00:00")) == 7 * 24 * hour - hour)
        #expect(cal.businessSeconds(from: madrid("2026-10-21 00:00"), to: madrid("2026-10-28 00:00")) == 7 * 24 * hour + hour)
        // Friday 27 March 00:00 + 120 hours: 24 + 24 + 23 (Sunday) + 24 + 24 = 119 by Wednesday, then one more.
        #expect(cal.adding(120 * hour, to: madrid("2026-03-27 00:00")) == madrid("2026-04-01 01:00"))
        #expect(cal.adding(120 * hour, to: madrid("2026-10-23 00:00")) == madrid("2026-10-27 23:00"))
    }

    @Test("several intervals a day, and a long span, are counted day by day")
    func longSpan() {
        // 2026 has 261 weekdays; 7 of the calendar's holidays fall on one (15 August is a Saturday): 254 × 8 h.
        let year = office.businessSeconds(from: madrid("2026-01-01 00:00"), to: madrid("2027-01-01 00:00"))
        #expect(year == 254 * 8 * hour)
    }

    @Test("is open")
    func isOpen() {
        #expect(office.isOpen(at: madrid("2026-03-02 09:00")))
        #expect(!office.isOpen(at: madrid("2026-03-02 14:00")))
        #expect(!office.isOpen(at: madrid("2026-03-07 10:00")))
        #expect(always.isOpen(at: madrid("2026-03-07 03:00")))
    }

    @Test("bad definitions are refused with a reason")
    func refusals() throws {
        #expect(throws: SLAError.self) { try BusinessInterval(parsing: "14:00-09:00") }
        #expect(throws: SLAError.self) { try BusinessInterval(parsing: "9-14") }
        #expect(throws: SLAError.self) { try BusinessInterval(parsing: "09:00-24:30") }
        let a = try BusinessInterval(parsing: "09:00-14:00"), b = try BusinessInterval(parsing: "13:00-18:00")
        #expect(throws: SLAError.self) { try WeeklyHours([.mon: [a, b]]) }
        #expect(throws: SLAError.self) { try BusinessCalendar.zone(named: "Europe/Atlantis") }
        #expect(throws: SLAError.self) { try BusinessCalendar(name: "never", timeZone: .gmt, hours: WeeklyHours([:])) }
    }

    @Test("local dates")
    func localDates() {
        #expect(LocalDate("2026-03-02")?.weekday == .mon)
        #expect(LocalDate("2026-03-29")?.weekday == .sun)
        #expect(LocalDate("2026-02-29") == nil)
        #expect(LocalDate("2026-3-2") == nil)
        #expect(LocalDate("2028-02-29")?.adding(days: 1) == LocalDate("2028-03-01"))
        #expect(LocalDate(dayNumber: 0).description == "1970-01-01")
    }

    /// The calendar remembers which instants make up each local day it has met; its answers
    /// must stay Foundation's, in zones with DST, half-hour offsets and a skipped day.
    @Test("remembered days give Foundation's local day, in any zone and in any order")
    func rememberedDays() throws {
        var rng = SystemRandomNumberGenerator()
        for zone in ["Europe/Madrid", "Asia/Kathmandu", "America/Sao_Paulo", "Pacific/Apia", "UTC", "Australia/Lord_Howe"] {
            let tz = try #require(TimeZone(identifier: zone))
            let office = try BusinessCalendar(name: "office", timeZone: tz, hours: .weekdays([BusinessInterval(start: 9 * 60, end: 18 * 60)]))
            var foundation = Calendar(identifier: .gregorian)
            foundation.timeZone = tz
            // Around Apia's skipped 30 December 2011, Sao Paulo's midnight DST changes (4 November
            // 2018, 17 February 2019), Madrid's autumn change of 2026, and a plain day.
            let centres: [TimeInterval] = [1_325_203_200, 1_541_300_400, 1_550_361_600, 1_792_893_600, 1_795_948_200]
            for centre in centres {
                let dates = (0..<400).map { _ in Date(timeIntervalSince1970: centre + Double.random(in: -4 * 86_400...4 * 86_400, using: &rng)) }
                // Asked twice: first while the days are learnt, then from what was remembered.
                for date in dates + dates.shuffled() {
                    #expect(office.localDate(of: date) == LocalDate(date, in: foundation), "\(zone) \(date)")
                }
                for hour in stride(from: -96.0, through: 96.0, by: 0.5) {
                    let date = Date(timeIntervalSince1970: centre + hour * 3600)
                    #expect(office.localDate(of: date) == LocalDate(date, in: foundation), "\(zone) \(date)")
                }
            }
        }
    }
}
