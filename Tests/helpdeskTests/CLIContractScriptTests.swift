import Foundation
import Testing

/// `Tests/EndToEnd/cli-contract.py` checks `../shared/CLI.md` line by line the way an outside
/// acceptance script would: only the built binary, fresh temporary databases, exit codes,
/// streams and JSON shapes. Run here against the binary this test run built, so `swift test`
/// (and CI) keep the contract; by hand: `Tests/EndToEnd/cli-contract.py [BINARY]`.
@Suite("CLI contract: the black-box check script")
struct CLIContractScriptTests {
    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("EndToEnd/cli-contract.py")

    @Test("every check of cli-contract.py passes against the built binary")
    func contract() async throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("cli-contract-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let output = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.script.path, CLIRunner.binary.path]
        // The other suites already keep the cores busy: one group of checks at a time.
        process.environment = ProcessInfo.processInfo.environment.merging(["CLI_CONTRACT_JOBS": "1"]) { $1 }
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        // A minute of checks must not hold one of the test pool's threads (two on this machine).
        let status: Int32 = try await withCheckedThrowingContinuation { done in
            process.terminationHandler = { done.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { done.resume(throwing: error) }
        }
        try output.close()
        let text = try String(contentsOf: log, encoding: .utf8)
        let lines = text.split(separator: "\n")
        let failures = lines.enumerated().filter { $0.element.hasPrefix("FAIL") }
            .map { index, line in index + 1 < lines.count ? "\(line)\n\(lines[index + 1])" : String(line) }
        let summary = lines.last { $0.hasPrefix("cli-contract:") && $0.contains("checks passed") } ?? "no summary"
        #expect(status == 0, "\(summary)\n\(failures.joined(separator: "\n"))\n\(failures.isEmpty ? text : "")")
        #expect(failures.isEmpty)
    }
}
