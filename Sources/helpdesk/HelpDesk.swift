import ArgumentParser

@main
struct HelpDesk: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "helpdesk", abstract: "A terminal help desk.")
}
