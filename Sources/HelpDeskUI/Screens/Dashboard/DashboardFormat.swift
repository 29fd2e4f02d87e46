import Foundation
import HelpDeskCore
import TerminalKit

/// How the dashboard writes its figures. Plain functions of the values and the language, so
/// snapshots do not depend on the machine's locale data.
enum DashboardFormat {
    /// Shown for a figure without data (no ticket resolved yet today), so an empty period is
    /// not mistaken for a 0% rate.
    static let none = "–"

    static func percent(_ rate: Double?) -> String {
        guard let rate else { return none }
        return "\(Int((rate * 100).rounded()))%"
    }

    /// One decimal, with the language's decimal separator (`4.4` / `4,4`).
    static func decimal(_ value: Double, _ l10n: Localizer) -> String {
        let text = String(format: "%.1f", value)
        return l10n.language == .es ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A mean time to resolve: `0:42` under a day, `2d3h` from a day on, like the SLA column.
    static func hours(_ hours: Double?) -> String {
        guard let hours else { return none }
        return SLATimer.clock(hours * 3600)
    }

    /// Pads to a display width (not a character count), so wide characters keep columns aligned.
    static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.displayWidth))
    }

    /// The mean time to resolve of one group (`l1`, `P2`) in a report's list, if it had any.
    static func meanHours(_ groups: [GroupStats], _ group: String) -> Double? {
        groups.first { $0.group.lowercased() == group.lowercased() }?.meanHours
    }
}
