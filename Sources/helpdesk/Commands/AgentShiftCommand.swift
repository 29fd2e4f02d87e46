import ArgumentParser
import HelpDeskCore
import HelpDeskStore

extension AgentCommand {
    /// `helpdesk agent shift LOGIN on|off`: who the auto-assigner and the dashboard's coverage
    /// count as working now. Logged in `agent_shift_log` (who, when).
    struct Shift: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Put an agent on or off shift.",
            discussion: """
                Agents off shift are not proposed escalated tickets and do not count as
                coverage on the dashboard. Agents may change their own shift; supervisors
                and admins anyone's. Each change is logged with who made it and when.
                """)

        enum State: String, ExpressibleByArgument, CaseIterable {
            case on, off
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The agent's login.") var login: String
        @Argument(help: "on or off.") var state: State

        func run() throws {
            try guarded {
                let context = try CommandContext.open(global)
                let actor = try context.actor()
                guard try context.db.agent(login: login) != nil else { throw StoreError.agentNotFound(login) }
                guard actor.mayChangeShift(of: login) else {
                    throw CLIError(.noPermission, "only \(login), supervisors and admins can change \(login)'s shift (\(actor.login) is \(actor.role.rawValue))")
                }
                let agent = try context.db.setShift(login: login, onShift: state == .on, by: actor.login, now: context.now)
                if global.json { try JSONOutput.print(AgentJSON(agent)) } else {
                    Console.print("Agent \(agent.login) is \(agent.onShift ? "on" : "off") shift")
                }
            }
        }
    }
}
