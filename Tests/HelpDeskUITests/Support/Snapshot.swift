import Foundation
import Testing

/// Screen snapshots stored as text files in `__Screens__/` next to the tests. Set
/// `RECORD_SNAPSHOTS=1` to (re)write them; recording always fails the test, so a recorded run
/// can never pass by accident. A missing file is recorded and fails the same way.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("__Screens__")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent(name + ".txt")
        let content = actual + "\n"
        let stored = try? String(contentsOf: file, encoding: .utf8)
        if isRecording || stored == nil {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try content.write(to: file, atomically: true, encoding: .utf8)
                Issue.record("recorded snapshot \(name).txt; run again without RECORD_SNAPSHOTS to compare", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot write snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let stored, stored != content else { return }
        let a = stored.split(separator: "\n", omittingEmptySubsequences: false)
        let b = content.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        let expected = line < a.count ? String(a[line]) : "<end>"
        let got = line < b.count ? String(b[line]) : "<end>"
        Issue.record("""
            snapshot \(name).txt differs at line \(line + 1):
              expected: \(expected)
              actual:   \(got)
            (RECORD_SNAPSHOTS=1 re-records after an intended change)
            """, sourceLocation: sourceLocation)
    }
}
