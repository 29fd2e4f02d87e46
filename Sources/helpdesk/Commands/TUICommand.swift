import HelpDeskCore
import ArgumentParser
import HelpDeskUI

extension StartScreen: ExpressibleByArgument {}

/// `helpdesk tui` (and plain `helpdesk`): the full-screen terminal UI.
struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the full-screen terminal UI (the default command).",
        discussion: "Without --screen the UI opens on the queue of the agent's role. Language: --lang, else LC_ALL / LC_MESSAGES / LANG (es* is Spanish).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The screen to open on.") var screen: StartScreen?
    @Option(help: ArgumentHelp("A theme name (from the theme folders) or a path to a .toml theme.", valueName: "name|path"))
    var theme: String?
    @Flag(name: .customLong("no-color"), help: "Use no colours (also when NO_COLOR is set).") var noColor = false
    @Option(help: ArgumentHelp("Interface language: es or en.", valueName: "es|en")) var lang: String?

    func validate() throws {
        if let lang, Language(code: lang) == nil {
            throw ValidationError("--lang must be es or en (got \"\(lang)\")")
        }
    }

    func run() throws {
        try guarded {
            let options = TUILauncher.Options(screen: screen, theme: theme, noColor: noColor, language: lang)
            try TUILauncher.launch(global: global, databasePath: global.databasePath(), options: options)
        }
    }
}
