import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskStore

extension TicketKind: ExpressibleByArgument {}
extension Impact: ExpressibleByArgument {}
extension Urgency: ExpressibleByArgument {}
extension Tier: ExpressibleByArgument {}
extension TicketStatus: ExpressibleByArgument {}

struct TicketCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ticket", abstract: "Log, find and work tickets.",
        subcommands: [
            New.self, List.self, Show.self, Take.self, Assign.self, Comment.self, Note.self,
            Status.self, Escalate.self, Deescalate.self, Resolve.self, Reopen.self, Close.self, LinkArticle.self,
        ])
}

/// Shared behaviour of the commands that change one ticket: open, act, print.
protocol TicketChange: ParsableCommand {
    var global: GlobalOptions { get }
    var id: Int64 { get }
    func action(_ context: CommandContext) throws -> TicketAction
    func summary(_ ticket: Ticket) -> String
}

extension TicketChange {
    func run() throws {
        try guarded {
            let context = try CommandContext.open(global)
            let actor = try context.actor()
            let ticket = try context.db.perform(try action(context), on: id, expectedVersion: nil, by: actor, now: context.now)
            if global.json { try JSONOutput.print(TicketJSON(ticket: ticket)) } else { Console.print(summary(ticket)) }
        }
    }
}

/// Reads a text argument that may be `-` for standard input.
enum TextArgument {
    static func read(_ value: String) throws -> String {
        guard value == "-" else { return value }
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError(.dataError, "standard input is not valid UTF-8")
        }
        return text
    }

    static func file(_ path: String) throws -> String {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError(.noInput, "no such file: \(path)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError(.noInput, "cannot read \(path)")
        }
        guard data.count <= NewTicket.maxDescriptionBytes else {
            throw CLIError(.dataError, "\(path) is \(data.count) bytes; the limit is \(NewTicket.maxDescriptionBytes) bytes (1 MB)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError(.dataError, "\(path) is not valid UTF-8 text")
        }
        guard !text.contains("\0") else {
            throw CLIError(.dataError, "\(path) contains NUL bytes; is it a binary file?")
        }
        return text
    }
}
