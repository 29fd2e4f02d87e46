import Foundation

/// Dates as the store writes them: UTC text `yyyy-MM-dd HH:mm:ss.SSS`, GRDB's own format, so
/// SQL date functions work on them and GRDB reads them back as `Date`.
///
/// Formatted by hand because `DateFormatter` dominated the cost of writing tickets in bulk
/// (the demo writes millions of dates).
enum StoredDate {
    static func string(_ date: Date) -> String {
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

        var bytes = [UInt8](repeating: 0, count: 23)
        func put(_ value: Int, _ at: Int, _ width: Int) {
            var v = value
            for i in stride(from: at + width - 1, through: at, by: -1) {
                bytes[i] = UInt8(48 + v % 10)
                v /= 10
            }
        }
        put(year, 0, 4); bytes[4] = 45
        put(month, 5, 2); bytes[7] = 45
        put(day, 8, 2); bytes[10] = 32
        put(msOfDay / 3_600_000, 11, 2); bytes[13] = 58
        put(msOfDay / 60_000 % 60, 14, 2); bytes[16] = 58
        put(msOfDay / 1000 % 60, 17, 2); bytes[19] = 46
        put(msOfDay % 1000, 20, 3)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func string(_ date: Date?) -> String? { date.map { string($0) } }
}
