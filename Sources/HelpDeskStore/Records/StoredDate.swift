import Foundation
import GRDB

/// Dates as the store writes them: UTC text `yyyy-MM-dd HH:mm:ss.SSS`, GRDB's own format, so
/// SQL date functions work on them and GRDB reads them back as `Date`.
///
/// Formatted by hand because `DateFormatter` dominated the cost of writing tickets in bulk
/// (the demo writes millions of dates).
enum StoredDate {
    static func string(_ date: Date) -> String {
        var bytes = [UInt8]()
        bytes.reserveCapacity(length)
        append(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// How many bytes `append` writes.
    static let length = 23

    /// Appends the date's text to `bytes` (bulk writers encode rows into one buffer).
    static func append(_ date: Date, to bytes: inout [UInt8]) {
        let millis = Int64((date.timeIntervalSince1970 * 1000).rounded())
        var days = millis >= 0 ? millis / 86_400_000 : (millis - 86_399_999) / 86_400_000
        let msOfDay = Int(millis - days * 86_400_000)
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let doe = days - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = Int(doy - (153 * mp + 2) / 5 + 1)
        let month = Int(mp < 10 ? mp + 3 : mp - 9)
        let year = Int(yoe + era * 400 + (month <= 2 ? 1 : 0))

        // Written in place: per-digit appends with a running divisor cost more than the date
        // arithmetic above (the demo formats millions of dates).
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: length))
        bytes.withUnsafeMutableBufferPointer { out in
            func two(_ value: Int, _ at: Int) {
                out[start + at] = UInt8(truncatingIfNeeded: 48 + value / 10 % 10)
                out[start + at + 1] = UInt8(truncatingIfNeeded: 48 + value % 10)
            }
            two(year / 100, 0); two(year, 2); out[start + 4] = 45
            two(month, 5); out[start + 7] = 45
            two(day, 8); out[start + 10] = 32
            two(msOfDay / 3_600_000, 11); out[start + 13] = 58
            two(msOfDay / 60_000 % 60, 14); out[start + 16] = 58
            two(msOfDay / 1000 % 60, 17); out[start + 19] = 46
            out[start + 20] = UInt8(truncatingIfNeeded: 48 + msOfDay % 1000 / 100)
            two(msOfDay % 100, 21)
        }
    }

    static func string(_ date: Date?) -> String? { date.map { string($0) } }

    /// `date` as it reads back once stored: rounded to the millisecond, exactly the `Date` that
    /// `date(parsing: string(date))` gives, without the text. Whoever computes from values it
    /// has not stored yet (the demo's SLA rows) uses it to get what a later read would.
    static func rounded(_ date: Date) -> Date {
        let millis = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let seconds = millis >= 0 ? millis / 1000 : (millis - 999) / 1000
        return Date(timeIntervalSince1970: Double(seconds) + Double(millis - seconds * 1000) / 1_000)
    }

    static func rounded(_ date: Date?) -> Date? { date.map { rounded($0) } }
}

extension StoredDate {
    /// Reads a date column. GRDB reads text dates through `DateComponents` and a `Calendar`,
    /// which cost more than everything else in decoding a queue row (seen in
    /// `Benchmarks/ticket-queries`); the store writes one format, parsed here by hand. Any other
    /// value (another text format, a number) still goes through GRDB.
    static func date(_ row: Row, _ column: String) -> Date? {
        let value: DatabaseValue = row[column]
        switch value.storage {
        case .null: return nil
        case .string(let text): return date(parsing: text) ?? Date.fromDatabaseValue(value)
        default: return Date.fromDatabaseValue(value)
        }
    }

    /// A non-null date column (GRDB's own reading, and its error, for anything unexpected).
    static func requiredDate(_ row: Row, _ column: String) -> Date {
        date(row, column) ?? row[column]
    }

    /// `yyyy-MM-dd HH:mm:ss` with optional `.SSS`, UTC (a `T` between date and time is accepted).
    static func date(parsing text: String) -> Date? {
        var text = text
        return text.withUTF8 { bytes -> Date? in
            guard bytes.count == 19 || bytes.count == 23 else { return nil }
            func number(_ start: Int, _ width: Int) -> Int? {
                var value = 0
                for index in start..<(start + width) {
                    let byte = bytes[index]
                    guard byte >= 48, byte <= 57 else { return nil }
                    value = value * 10 + Int(byte - 48)
                }
                return value
            }
            guard bytes[4] == 45, bytes[7] == 45, bytes[10] == 32 || bytes[10] == 84, bytes[13] == 58, bytes[16] == 58,
                  let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
                  let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
                  (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
            else { return nil }
            var millis = 0
            if bytes.count == 23 {
                guard bytes[19] == 46, let value = number(20, 3) else { return nil }
                millis = value
            }
            // Days since 1970-01-01 from the civil date (Howard Hinnant's algorithm, the inverse
            // of the one in `string(_:)`).
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yearOfEra = y - era * 400
            let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            let days = era * 146_097 + dayOfEra - 719_468
            let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second
            return Date(timeIntervalSince1970: Double(seconds) + Double(millis) / 1_000)
        }
    }
}
