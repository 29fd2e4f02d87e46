import Foundation

/// Runs the built `helpdesk` binary the way a user or a script would.
struct CLIRunner {
    let folder: URL
    let database: String
    var environment: [String: String]

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(stdout.utf8)) }
        func object() throws -> [String: Any] { try json() as? [String: Any] ?? [:] }
    }

    static var binary: URL {
        Bundle.main.bundleURL.appendingPathComponent("helpdesk")
    }

    init() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hd-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = folder.appendingPathComponent("desk.sqlite").path
        var env = ProcessInfo.processInfo.environment
        env["HELPDESK_DB"] = database
        env["XDG_DATA_HOME"] = folder.path
        env["XDG_CONFIG_HOME"] = folder.appendingPathComponent("config").path
        env["USER"] = "root"
        env["NO_COLOR"] = "1"
        environment = env
    }

    @discardableResult
    func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a bash script with `$HD` set to the binary, for what Swift strings cannot express
    /// (invalid UTF-8 arguments, resource limits).
    @discardableResult
    func shell(_ script: String) throws -> Result {
        var runner = self
        runner.environment["HD"] = Self.binary.path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.environment = runner.environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs and requires success, returning parsed JSON.
    func json(_ arguments: [String]) throws -> [String: Any] {
        let r = try run(arguments + ["--json"])
        guard r.status == 0 else { throw Failure(message: "\(arguments) exited \(r.status): \(r.stderr)") }
        return try r.object()
    }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// A file-level fingerprint of the database, to prove a refused command changed nothing.
    func fingerprint() throws -> String {
        let r = try run(["ticket", "list", "--limit", "10000", "--json"])
        let events = try run(["db", "check"])
        return r.stdout + events.stdout
    }
}
