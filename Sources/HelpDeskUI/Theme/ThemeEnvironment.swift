import Foundation

/// What theme and key-map lookup depends on outside the program, passed in so tests can use
/// temporary folders instead of the user's real configuration.
public struct ConfigEnvironment: Sendable {
    public var variables: [String: String]
    public var executableURL: URL?
    public var currentDirectory: URL

    public init(variables: [String: String], executableURL: URL?, currentDirectory: URL) {
        self.variables = variables
        self.executableURL = executableURL
        self.currentDirectory = currentDirectory
    }

    /// The running process's environment, executable and working directory.
    public static var current: ConfigEnvironment {
        ConfigEnvironment(
            variables: ProcessInfo.processInfo.environment,
            executableURL: Bundle.main.executableURL,
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        )
    }

    /// `$XDG_CONFIG_HOME/helpdesk`, defaulting to `~/.config/helpdesk` as the XDG spec says.
    public var configDirectory: URL? {
        if let xdg = variables["XDG_CONFIG_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("helpdesk")
        }
        if let home = variables["HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home).appendingPathComponent(".config/helpdesk")
        }
        return nil
    }

    /// True when `NO_COLOR` is set to a non-empty value (no-color.org).
    public var noColor: Bool {
        !(variables["NO_COLOR"] ?? "").isEmpty
    }
}
