import Foundation
import HelpDeskCore

extension SLAConfig {
    /// The policy set as a complete `sla.toml` (`helpdesk sla export`), in the layout of
    /// `sla/default.toml`: calendars by name, then one line per plan under each priority.
    /// Reading the text back with `parse` gives the same set.
    public static func export(_ set: SLAPolicySet) -> String {
        var out = """
        # SLA policies for helpdesk: `helpdesk sla export` writes this file, `sla check` validates it.
        #
        # Targets are business time on the policy's calendar: 30m, 4h, 1h30m, 2d (d = 24 hours,
        # so write office targets in hours: 16h is two 8-hour days). next_update = "none" promises
        # no regular updates. auto_escalate sends a ticket one tier up when its resolution target
        # is breached. A timer is at risk once at_risk_threshold of its target is used.
        # Anything left out of a file keeps the built-in value.

        at_risk_threshold = \(set.atRiskThreshold)

        """
        for calendar in set.orderedCalendars {
            out += "\n[calendars.\(key(calendar.name))]\n"
            out += "time_zone = \"\(calendar.timeZone.identifier)\"\n"
            switch calendar.schedule {
            case .alwaysOpen:
                out += "always_open = true\n"
            case .weekly(let hours):
                for day in Weekday.allCases where !hours.intervals(on: day).isEmpty {
                    out += "\(day.rawValue) = [" + hours.intervals(on: day).map { "\"\($0)\"" }.joined(separator: ", ") + "]\n"
                }
                let holidays = calendar.holidays.sorted()
                if !holidays.isEmpty {
                    out += "holidays = [\n"
                    for row in stride(from: 0, to: holidays.count, by: 5) {
                        out += "  " + holidays[row..<min(row + 5, holidays.count)].map { "\($0)," }.joined(separator: " ") + "\n"
                    }
                    out += "]\n"
                }
            }
        }
        let width = SupportPlan.allCases.map(\.rawValue.count).max() ?? 0
        for priority in Priority.allCases {
            out += "\n[policies.\(priority.rawValue)]\n"
            for plan in SupportPlan.allCases {
                let p = set.policy(for: priority, plan: plan)
                let fields = [
                    "first_response = \"\(SLADuration.format(p.firstResponse))\"",
                    "next_update = \"\(p.nextUpdate.map(SLADuration.format) ?? "none")\"",
                    "resolution = \"\(SLADuration.format(p.resolution))\"",
                    "calendar = \"\(p.calendar)\"",
                    "auto_escalate = \(p.autoEscalate)",
                ]
                let name = plan.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
                out += "\(name) = { " + fields.joined(separator: ", ") + " }\n"
            }
        }
        return out
    }

    /// A bare key when TOML allows one, else a quoted key.
    static func key(_ name: String) -> String {
        let bare = !name.isEmpty && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        return bare ? name : "\"\(name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\""
    }
}
