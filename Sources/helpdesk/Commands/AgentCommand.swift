import ArgumentParser
import HelpDeskCore
import HelpDeskStore

extension Role: ExpressibleByArgument {}

struct AgentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agent", abstract: "Technicians: their roles and areas.",
        subcommands: [Add.self, List.self, Shift.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an agent, or update an existing login.")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "Login (the OS user name the agent works as).") var login: String
        @Option(help: "Full name.") var name: String
        @Option(help: "Role: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).") var role: Role
        @Option(name: .customLong("area"), help: "Specialist area (repeatable), e.g. network, os, applications, security, access.")
        var areas: [String] = []
        @Flag(name: .customLong("off-shift"), help: "Mark the agent as off shift (not auto-assigned).") var offShift = false

        func run() throws {
            try guarded {
                let context = try CommandContext.open(global)
                let db = context.db
                if try db.hasAdmin() {
                    let actor = try context.actor()
                    guard actor.role == .admin || actor.role == .supervisor else {
                        throw CLIError(.noPermission, "only admins and supervisors can add agents (\(actor.login) is \(actor.role.rawValue))")
                    }
                    if role == .admin && actor.role != .admin {
                        throw CLIError(.noPermission, "only an admin can create another admin")
                    }
                }
                let agent = try db.saveAgent(Agent(login: login, name: name, role: role, areas: areas, onShift: !offShift))
                if global.json { try JSONOutput.print(AgentJSON(agent)) } else {
                    Console.print("Agent \(agent.login) (\(agent.role.rawValue)) saved")
                }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List agents.")
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try guarded {
                let agents = try CommandContext.open(global).db.agents()
                if global.json { try JSONOutput.print(agents.map(AgentJSON.init)); return }
                let rows = agents.map { [$0.login, $0.role.rawValue, $0.name, $0.areas.joined(separator: ","), $0.onShift ? "" : "off shift"] }
                Console.print(TextTable.render(header: ["LOGIN", "ROLE", "NAME", "AREAS", ""], rows: rows))
            }
        }
    }
}
