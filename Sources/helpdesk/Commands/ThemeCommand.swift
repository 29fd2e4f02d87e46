import ArgumentParser
import Foundation
import HelpDeskUI

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme", abstract: "Colour themes for the terminal UI.", subcommands: [List.self, Check.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Installed themes: yours, the shipped ones, the built-in default.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try guarded {
                let themes = ThemeLoader.list()
                if global.json {
                    try JSONOutput.print(themes.map { ["name": $0.name, "description": $0.description, "source": "\($0.source)"] })
                    return
                }
                Console.print(TextTable.render(header: ["NAME", "SOURCE", "DESCRIPTION"],
                                               rows: themes.map { [$0.name, "\($0.source)", $0.description] }))
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a theme file; problems are printed as file:line:column (exit 65 on errors).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The theme file.") var path: String

        func run() throws {
            try guarded {
                // Like every input file of the CLI: missing or unreadable is 66, not a theme error.
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                    throw CLIError(.noInput, "no such file: \(path)")
                }
                guard !isFolder.boolValue, FileManager.default.isReadableFile(atPath: path) else {
                    throw CLIError(.noInput, "cannot read \(path)\(isFolder.boolValue ? ": it is a folder" : "")")
                }
                let diagnostics = ThemeLoader.check(path: path)
                let errors = diagnostics.filter { $0.severity == .error }
                if global.json {
                    try JSONOutput.print(ThemeCheckReport(ok: errors.isEmpty, problems: diagnostics.map(\.description)))
                } else {
                    diagnostics.forEach { Console.print($0.description) }
                    if diagnostics.isEmpty { Console.print("ok: \(path)") }
                }
                if !errors.isEmpty { throw CLIError(.dataError, "\(errors.count) error(s) in \(path)") }
            }
        }
    }
}

struct ThemeCheckReport: Encodable {
    var ok: Bool
    var problems: [String]
}
