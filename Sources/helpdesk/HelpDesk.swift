import ArgumentParser

@main
struct HelpDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helpdesk",
        abstract: "A keyboard-driven help desk for the terminal, over a local SQLite ticket store.",
        discussion: "Run without a subcommand to open the terminal UI. Every command takes --db PATH, --as LOGIN and --json.",
        version: "0.1.0",
        subcommands: [
            InitCommand.self, AgentCommand.self, RequesterCommand.self, TicketCommand.self,
            DemoCommand.self, DBCommand.self, BatchCommand.self, TUICommand.self,
        ],
        defaultSubcommand: TUICommand.self
    )

    @OptionGroup var global: GlobalOptions
}
