import Foundation

/// Reading and writing SLA targets as compact text: `30m`, `4h`, `1h30m`, `2d`.
///
/// Units are `d` (24 hours), `h`, `m` and `s`, largest first, each at most once. A target is
/// always business time on the policy's calendar, so `2d` on an office calendar means 48
/// business hours: write office targets in hours (`16h` = two 8-hour days) to avoid surprises.
public enum SLADuration {
    private static let units: [(Character, TimeInterval)] = [("d", 86400), ("h", 3600), ("m", 60), ("s", 1)]

    public static func parse(_ text: String) throws(SLAError) -> TimeInterval {
        let hint = "use a duration like \"30m\", \"4h\", \"1h30m\" or \"2d\""
        guard !text.isEmpty else { throw .invalidDuration("empty duration; \(hint)") }
        var total: TimeInterval = 0
        var digits = ""
        var nextUnit = 0
        for ch in text {
            if ch.isASCII, ch.isNumber {
                digits.append(ch)
                continue
            }
            guard let index = units.firstIndex(where: { $0.0 == ch }) else {
                throw .invalidDuration("\"\(text)\" has an unknown unit \"\(ch)\"; \(hint)")
            }
            guard let value = Int(digits) else {
                throw .invalidDuration("\"\(text)\" needs a number before \"\(ch)\"; \(hint)")
            }
            guard index >= nextUnit else {
                throw .invalidDuration("\"\(text)\" repeats a unit or puts a smaller one first; \(hint)")
            }
            total += Double(value) * units[index].1
            nextUnit = index + 1
            digits = ""
        }
        guard digits.isEmpty else {
            throw .invalidDuration("\"\(text)\" ends without a unit; \(hint)")
        }
        guard total > 0 else { throw .invalidDuration("\"\(text)\" is zero; a target must be longer than that") }
        return total
    }

    /// The canonical spelling, e.g. `5400` → `1h30m`, `144000` → `40h`; `parse(format(x)) == x`
    /// for whole seconds. Never in days: on an office calendar `1d16h` would read as almost
    /// two working days when it means five.
    public static func format(_ seconds: TimeInterval) -> String {
        var rest = Int(seconds.rounded())
        guard rest > 0 else { return "0s" }
        var text = ""
        for (unit, size) in units.dropFirst() {
            let n = rest / Int(size)
            if n > 0 { text += "\(n)\(unit)" }
            rest -= n * Int(size)
        }
        return text
    }
}
