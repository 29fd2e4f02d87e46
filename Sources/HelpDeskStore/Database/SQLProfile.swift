import Foundation
import GRDB

/// `HELPDESK_TRACE_SQL=FILE`: every statement the process runs, with its duration, appended to
/// FILE as `ms since start<TAB>ms taken<TAB>sql` lines (the SQL text with its `?` placeholders, never the
/// values, which can be ticket text). For tracing where a screen's time goes; off by default.
final class SQLProfile: @unchecked Sendable {
    static let shared: SQLProfile? = ProcessInfo.processInfo.environment["HELPDESK_TRACE_SQL"]
        .flatMap { $0.isEmpty ? nil : SQLProfile(path: $0) }

    private let handle: FileHandle
    private let lock = NSLock()
    private let started = ContinuousClock.now

    private init?(path: String) {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else { return nil }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { return nil }
        handle.seekToEndOfFile()
        self.handle = handle
    }

    func attach(to db: Database) {
        db.trace(options: .profile) { [self] event in
            guard case .profile(let statement, let duration) = event else { return }
            let at = ContinuousClock.now - started
            let sql = statement.sql.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            let line = String(format: "%9.3f\t%8.3f\t", Double(at.components.attoseconds) / 1e15 + Double(at.components.seconds) * 1000, duration * 1000) + sql + "\n"
            lock.lock()
            defer { lock.unlock() }
            handle.write(Data(line.utf8))
        }
    }
}
