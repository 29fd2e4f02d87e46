import Foundation
@testable import HelpDeskUI

/// Shared by the theme and key-map tests; namespaced so other UI tests can have their own helpers.
enum ThemeFixtures {
    /// The package root, found from this file so tests do not depend on the working directory.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let themesFolder = packageRoot.appendingPathComponent("themes")

    static func environment(_ variables: [String: String] = [:], cwd: URL = packageRoot) -> ConfigEnvironment {
        ConfigEnvironment(variables: variables, executableURL: nil, currentDirectory: cwd)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-ui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
