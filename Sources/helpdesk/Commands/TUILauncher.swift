import Foundation

/// Opens the full-screen UI. Until the terminal layer lands this explains what to do instead.
enum TUILauncher {
    static func launch(global: GlobalOptions, databasePath: String, screen: String?) throws {
        throw CLIError(.unavailable, "the terminal UI is not part of this build yet; use the `ticket` commands (database: \(databasePath))")
    }
}
