import ArgumentParser
import HelpDeskCore
import HelpDeskStore

extension SupportPlan: ExpressibleByArgument {}

struct RequesterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "requester", abstract: "Requesters and their organisations' support plans.",
        subcommands: [Add.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add or update a requester (and their organisation).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Handle, usually an e-mail address.") var handle: String
        @Option(help: "Full name.") var name: String
        @Option(help: "Organisation name.") var org: String?
        @Option(help: "The organisation's support plan: basic, intermediate, advanced, personalised.") var plan: SupportPlan?

        func run() throws {
            try guarded {
                let context = try CommandContext.open(global)
                _ = try context.actor()
                if org == nil, plan != nil {
                    throw CLIError(.usage, "--plan belongs to an organisation: give --org too")
                }
                // One transaction, checked first: a refused name writes neither the organisation nor the requester.
                let saved = try context.db.saveRequester(Requester(handle: handle, name: name, organisation: org),
                                                         organisation: org.map { Organisation(name: $0, plan: plan ?? .basic) })
                if global.json {
                    try JSONOutput.print(["handle": saved.handle, "name": saved.name, "organisation": saved.organisation ?? "",
                                          "plan": (plan ?? .basic).rawValue])
                } else {
                    Console.print("Requester \(TextSafety.clean(saved.handle, keepNewlines: false)) saved")
                }
            }
        }
    }
}
