import Foundation

/// Edits text outside the UI (the terminal is suspended meanwhile).
public protocol TextEditing: Sendable {
    /// The edited text, or nil when the editor exited with an error (nothing is saved then).
    func edit(_ text: String) throws -> String?
}

/// Why the external editor could not be used.
public struct EditorError: Error, CustomStringConvertible, Equatable {
    public var description: String
}

/// `$VISUAL`, else `$EDITOR`, else `vi`, on a temporary file, as git does for commit messages.
public struct ExternalEditor: TextEditing {
    public var environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    var command: String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return "vi"
    }

    public func edit(_ text: String) throws -> String? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-\(UUID().uuidString).txt")
        do { try text.write(to: file, atomically: true, encoding: .utf8) } catch {
            throw EditorError(description: "cannot write \(file.path): \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor command may carry arguments (`code --wait`), so the shell splits it.
        process.arguments = ["-c", "\(command) \"$1\"", "helpdesk-editor", file.path]
        do { try process.run() } catch {
            throw EditorError(description: "cannot start \(command): \(error.localizedDescription)")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        guard let edited = try? String(contentsOf: file, encoding: .utf8) else {
            throw EditorError(description: "cannot read back \(file.path)")
        }
        return edited.hasSuffix("\n") ? String(edited.dropLast()) : edited
    }
}
