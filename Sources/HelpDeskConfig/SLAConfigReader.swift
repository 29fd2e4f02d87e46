import Foundation
import HelpDeskCore
import TOMLKit

/// Walks a parsed `sla.toml`, collecting values over the built-in defaults and errors with
/// positions from the source map. One method per section, each tolerant: a bad entry is
/// reported and skipped so that one run shows every mistake.
struct SLAConfigReader {
    let file: String
    let map: TOMLSourceMap
    var errors: [ConfigError] = []

    static let topKeys = ["at_risk_threshold", "calendars", "policies"]
    static let calendarKeys = ["time_zone", "always_open", "holidays"] + Weekday.allCases.map(\.rawValue)
    static let policyKeys = ["first_response", "next_update", "resolution", "calendar", "auto_escalate"]

    init(file: String, map: TOMLSourceMap) {
        self.file = file
        self.map = map
    }

    mutating func read(_ root: TOMLTable) -> SLAPolicySet? {
        let defaults = SLAPolicySet.standard
        var threshold = defaults.atRiskThreshold
        var calendars = defaults.calendars
        var policies = Dictionary(uniqueKeysWithValues: defaults.orderedPolicies.map { (SLAPolicySet.Key($0.priority, $0.plan), $0) })

        for key in root.keys where !Self.topKeys.contains(key) {
            unknown(key, at: [key], expected: Self.topKeys)
        }
        if let value = root["at_risk_threshold"] {
            let path = ["at_risk_threshold"]
            if let n = value.double ?? value.int.map(Double.init), n > 0, n < 1 {
                threshold = n
            } else {
                fail(at: map.value(path), "at_risk_threshold must be a fraction between 0 and 1, like 0.75")
            }
        }
        if let section = table(root["calendars"], ["calendars"]) {
            for name in section.keys {
                if let calendar = readCalendar(name, section[name]) { calendars[name] = calendar }
            }
        }
        if let section = table(root["policies"], ["policies"]) {
            for priorityName in section.keys {
                let path = ["policies", priorityName]
                guard let priority = Priority(rawValue: priorityName) else {
                    fail(at: map.key(path), "unknown priority \"\(priorityName)\"; expected P1, P2, P3 or P4")
                    continue
                }
                guard let plans = table(section[priorityName], path) else { continue }
                for planName in plans.keys {
                    guard let plan = SupportPlan(rawValue: planName) else {
                        let known = SupportPlan.allCases.map(\.rawValue).joined(separator: ", ")
                        fail(at: map.key(path + [planName]), "unknown support plan \"\(planName)\"; expected one of \(known)")
                        continue
                    }
                    let key = SLAPolicySet.Key(priority, plan)
                    policies[key] = readPolicy(policies[key]!, plans[planName], path: path + [planName], calendars: calendars)
                }
            }
        }
        guard errors.isEmpty else { return nil }
        do {
            return try SLAPolicySet(calendars: Array(calendars.values), policies: Array(policies.values), atRiskThreshold: threshold)
        } catch {
            fail(at: .init(line: 1, column: 1), error.description)
            return nil
        }
    }

    private mutating func readCalendar(_ name: String, _ value: TOMLValueConvertible?) -> BusinessCalendar? {
        let path = ["calendars", name]
        // The name is what policies refer to: a short field (``FieldLimits``), kept as written.
        if let problem = FieldLimits.calendarName.problem(in: name) {
            fail(at: map.key(path), problem.description)
            return nil
        }
        guard let t = table(value, path) else { return nil }
        for key in t.keys where !Self.calendarKeys.contains(key) {
            unknown(key, at: path + [key], expected: Self.calendarKeys)
        }
        guard let zoneName = string(t["time_zone"], path + ["time_zone"], example: "\"Europe/Madrid\"") else {
            if t["time_zone"] == nil { fail(at: map.key(path), "calendar \"\(name)\" needs a time_zone, like \"Europe/Madrid\"") }
            return nil
        }
        let zone: TimeZone
        do { zone = try BusinessCalendar.zone(named: zoneName) } catch {
            fail(at: map.value(path + ["time_zone"]), error.description)
            return nil
        }
        if let flag = t["always_open"] {
            guard let open = flag.bool else {
                fail(at: map.value(path + ["always_open"]), "always_open must be true or false")
                return nil
            }
            if open {
                for key in t.keys where key == "holidays" || Weekday(rawValue: key) != nil {
                    fail(at: map.key(path + [key]), "calendar \"\(name)\" is always open, so \(key) has no effect; remove it or set always_open = false")
                }
                return .alwaysOpen(name: name, timeZone: zone)
            }
        }
        var days: [Weekday: [BusinessInterval]] = [:]
        for day in Weekday.allCases {
            guard let list = t[day.rawValue] else { continue }
            let dayPath = path + [day.rawValue]
            guard let items = list.array else {
                fail(at: map.value(dayPath), "\(day.rawValue) must be a list of intervals, like [\"09:00-14:00\", \"15:00-18:00\"]")
                continue
            }
            for item in items {
                guard let text = item.string else {
                    fail(at: map.value(dayPath), "\(day.rawValue) intervals must be strings, like \"09:00-14:00\"")
                    continue
                }
                do { days[day, default: []].append(try BusinessInterval(parsing: text)) } catch {
                    fail(at: map.literal("\"\(text)\"", in: dayPath), error.description)
                }
            }
        }
        var holidays: Set<LocalDate> = []
        if let list = t["holidays"] {
            let hPath = path + ["holidays"]
            if let items = list.array {
                for item in items {
                    if let d = item.date, let day = LocalDate("\(pad(d.year, 4))-\(pad(d.month, 2))-\(pad(d.day, 2))") {
                        holidays.insert(day)
                    } else if let text = item.string, let day = LocalDate(text) {
                        holidays.insert(day)
                    } else {
                        let shown = item.string.map { "\"\($0)\"" } ?? "\(item)"
                        fail(at: map.literal(shown, in: hPath), "holiday \(shown) is not a date; write 2026-12-25")
                    }
                }
            } else {
                fail(at: map.value(hPath), "holidays must be a list of dates, like [2026-12-25, 2027-01-01]")
            }
        }
        do {
            return try BusinessCalendar(name: name, timeZone: zone, hours: WeeklyHours(days), holidays: holidays)
        } catch {
            fail(at: map.key(path), "calendar \"\(name)\": \(error.description)")
            return nil
        }
    }

    private mutating func readPolicy(_ base: SLAPolicy, _ value: TOMLValueConvertible?, path: [String],
                                     calendars: [String: BusinessCalendar]) -> SLAPolicy {
        guard let t = table(value, path) else { return base }
        var p = base
        for key in t.keys where !Self.policyKeys.contains(key) {
            unknown(key, at: path + [key], expected: Self.policyKeys)
        }
        if let d = duration(t["first_response"], path + ["first_response"]) { p.firstResponse = d }
        if let d = duration(t["resolution"], path + ["resolution"]) { p.resolution = d }
        if let raw = t["next_update"] {
            if raw.string == "none" { p.nextUpdate = nil } else if let d = duration(raw, path + ["next_update"]) { p.nextUpdate = d }
        }
        if let raw = t["calendar"], let name = string(raw, path + ["calendar"], example: "\"office\"") {
            if calendars[name] != nil {
                p.calendar = name
            } else {
                let known = calendars.keys.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
                fail(at: map.value(path + ["calendar"]), "unknown calendar \"\(name)\"; defined calendars are \(known)")
            }
        }
        if let raw = t["auto_escalate"] {
            if let flag = raw.bool { p.autoEscalate = flag } else {
                fail(at: map.value(path + ["auto_escalate"]), "auto_escalate must be true or false")
            }
        }
        return p
    }

    // MARK: - Values

    private mutating func duration(_ value: TOMLValueConvertible?, _ path: [String]) -> TimeInterval? {
        guard let value else { return nil }
        guard let text = string(value, path, example: "\"4h\"") else { return nil }
        do { return try SLADuration.parse(text) } catch {
            fail(at: map.value(path), "\(path.last ?? "duration"): \(error.description)")
            return nil
        }
    }

    private mutating func string(_ value: TOMLValueConvertible?, _ path: [String], example: String) -> String? {
        guard let value else { return nil }
        guard let s = value.string else {
            fail(at: map.value(path), "\(path.last ?? "value") must be a string, like \(example) (found \(value.type))")
            return nil
        }
        return s
    }

    private mutating func table(_ value: TOMLValueConvertible?, _ path: [String]) -> TOMLTable? {
        guard let value else { return nil }
        guard let t = value.table else {
            fail(at: map.value(path), "\(path.joined(separator: ".")) must be a table (found \(value.type))")
            return nil
        }
        return t
    }

    private mutating func unknown(_ key: String, at path: [String], expected: [String]) {
        fail(at: map.key(path), "unknown key \"\(key)\"; expected one of \(expected.joined(separator: ", "))")
    }

    private mutating func fail(at position: TOMLSourceMap.Position, _ message: String) {
        errors.append(ConfigError(file: file, line: position.line, column: position.column, message: message))
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
