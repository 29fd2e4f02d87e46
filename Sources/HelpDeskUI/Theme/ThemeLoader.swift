import Foundation
import TerminalKit

/// Where a theme came from.
public enum ThemeSource: Hashable, Sendable, CustomStringConvertible {
    case file(String)
    case builtIn

    public var description: String {
        switch self {
        case .file(let path): return path
        case .builtIn: return "(built in)"
        }
    }
}

/// A theme ready for the terminal, with what was wrong on the way (shown as toasts or printed).
public struct LoadedTheme: Sendable {
    public var theme: ResolvedTheme
    public var document: ThemeDocument
    public var source: ThemeSource
    public var diagnostics: [ThemeDiagnostic]
}

/// One row of `helpdesk theme list`.
public struct ThemeListing: Hashable, Sendable {
    public var name: String
    public var description: String
    public var source: ThemeSource
}

/// Finds, loads and checks themes.
///
/// Search order for a name: `$XDG_CONFIG_HOME/helpdesk/themes/NAME.toml` → the installed
/// `themes/` folder (next to the executable, `../share/helpdesk/themes`, or the package root
/// found upwards from the executable or the working directory) → the built-in theme (only
/// for `default`). A value containing `/` or ending in `.toml` is a path. `NO_COLOR` keeps
/// the chosen theme but makes it monochrome.
public enum ThemeLoader {
    public static let defaultName = "default"

    /// Folders searched for `NAME.toml`, user folder first.
    public static func searchDirectories(_ environment: ConfigEnvironment = .current) -> [URL] {
        var directories: [URL] = []
        if let config = environment.configDirectory { directories.append(config.appendingPathComponent("themes")) }
        directories.append(contentsOf: installedDirectories(environment))
        var seen = Set<String>()
        return directories.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }

    /// The installed `themes/` folders that exist.
    static func installedDirectories(_ environment: ConfigEnvironment) -> [URL] {
        var candidates: [URL] = []
        if let executable = environment.executableURL?.resolvingSymlinksInPath() {
            let folder = executable.deletingLastPathComponent()
            candidates.append(folder.appendingPathComponent("themes"))
            candidates.append(folder.deletingLastPathComponent().appendingPathComponent("share/helpdesk/themes"))
            if let root = packageRoot(above: folder) { candidates.append(root.appendingPathComponent("themes")) }
        }
        candidates.append(environment.currentDirectory.appendingPathComponent("themes"))
        if let root = packageRoot(above: environment.currentDirectory) { candidates.append(root.appendingPathComponent("themes")) }
        return candidates.filter { isDirectory($0) }
    }

    /// The nearest folder at or above `start` that holds `Package.swift` and `themes/`.
    static func packageRoot(above start: URL) -> URL? {
        var folder = start.standardizedFileURL
        for _ in 0..<12 {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
               isDirectory(folder.appendingPathComponent("themes")) {
                return folder
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return nil
    }

    static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Loads a theme by name or path (nil: `default`). Never fails: problems become
    /// diagnostics and the built-in theme stands in for a theme that cannot be read.
    public static func load(_ nameOrPath: String? = nil, environment: ConfigEnvironment = .current) -> LoadedTheme {
        let requested = nameOrPath ?? defaultName
        var diagnostics: [ThemeDiagnostic] = []
        var loaded: LoadedTheme?
        if requested.contains("/") || requested.hasSuffix(".toml") {
            loaded = loadFile(URL(fileURLWithPath: requested), diagnostics: &diagnostics)
        } else if let url = find(requested, environment: environment) {
            loaded = loadFile(url, diagnostics: &diagnostics)
        } else if requested != defaultName {
            let folders = searchDirectories(environment).map(\.path).joined(separator: ", ")
            diagnostics.append(ThemeDiagnostic(file: requested, line: 0, column: 0, severity: .warning,
                                               message: "theme \"\(requested)\" not found in \(folders.isEmpty ? "any theme folder" : folders); using the built-in default"))
        }
        var result = loaded ?? LoadedTheme(theme: BuiltInThemes.default.resolve(), document: BuiltInThemes.default, source: .builtIn, diagnostics: [])
        result.diagnostics = diagnostics
        if environment.noColor { result.theme.monochrome = true }
        return result
    }

    /// The first `NAME.toml` in the search directories.
    public static func find(_ name: String, environment: ConfigEnvironment = .current) -> URL? {
        for directory in searchDirectories(environment) {
            let url = directory.appendingPathComponent("\(name).toml")
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        return nil
    }

    static func loadFile(_ url: URL, diagnostics: inout [ThemeDiagnostic]) -> LoadedTheme? {
        guard let source = try? String(contentsOf: url, encoding: .utf8) else {
            diagnostics.append(ThemeDiagnostic(file: url.path, line: 0, column: 0, message: "cannot read the theme file; using the built-in default"))
            return nil
        }
        let name = url.deletingPathExtension().lastPathComponent
        let parsed = ThemeParser.parse(file: url.path, source: source, defaultName: name)
        diagnostics.append(contentsOf: parsed.diagnostics)
        guard let document = parsed.document else { return nil }
        return LoadedTheme(theme: document.resolve(), document: document, source: .file(url.path), diagnostics: [])
    }

    /// Every theme that `load` can find by name, the first of each name winning as in the
    /// search order, plus the built-in default when no file shadows it. Sorted by name.
    public static func list(environment: ConfigEnvironment = .current) -> [ThemeListing] {
        var listings: [String: ThemeListing] = [:]
        for directory in searchDirectories(environment) {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                guard listings[name] == nil else { continue }
                let url = directory.appendingPathComponent(file)
                let source = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
                let description = ThemeParser.parse(file: url.path, source: source, defaultName: name).document?.description ?? "(does not parse: run helpdesk theme check)"
                listings[name] = ThemeListing(name: name, description: description, source: .file(url.path))
            }
        }
        if listings[defaultName] == nil {
            listings[defaultName] = ThemeListing(name: defaultName, description: BuiltInThemes.default.description, source: .builtIn)
        }
        return listings.values.sorted { $0.name < $1.name }
    }

    /// Every problem in the theme file at `path` (empty when it is fine). For
    /// `helpdesk theme check PATH`; each diagnostic prints as `file:line:column: message`.
    public static func check(path: String) -> [ThemeDiagnostic] {
        guard let source = try? String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8) else {
            return [ThemeDiagnostic(file: path, line: 0, column: 0, message: "cannot read the file")]
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return ThemeParser.parse(file: path, source: source, defaultName: name).diagnostics
    }
}
