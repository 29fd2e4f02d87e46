import ArgumentParser
import Foundation

/// Runs many commands from standard input in one process: one command per line, words split
/// like a shell (quotes and backslashes), `#` comments and blank lines skipped.
///
/// Scripts that log hundreds of tickets avoid starting a process per ticket, and the database
/// is opened once.
struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Run helpdesk commands read from standard input, one per line.",
        discussion: "Example line: ticket new --subject \"Printer jam\" --requester marta. Global options given to batch apply to every line.")

    @OptionGroup var global: GlobalOptions
    @Flag(name: .customLong("keep-going"), help: "Carry on after a failing line (exit status: the first failure's).")
    var keepGoing = false

    func run() throws {
        var firstFailure: Int32 = 0
        var lineNumber = 0
        var input = InputLines()
        while var bytes = input.nextBytes() {
            lineNumber += 1
            if bytes.last == 0x0D { bytes.removeLast() }
            // As for arguments: never store U+FFFD for bad bytes, nor lose what follows a NUL
            // (SQLite text ends there).
            guard !bytes.contains(0), let line = String(validating: bytes, as: UTF8.self) else {
                let what = bytes.contains(0) ? "contains a NUL byte" : "is not valid UTF-8 text"
                Console.error("line \(lineNumber) \(what); nothing was changed by it")
                if firstFailure == 0 { firstFailure = ExitStatus.dataError.rawValue }
                if keepGoing { continue } else { break }
            }
            let words: [String]
            do {
                words = try ShellWords.split(line)
            } catch {
                Console.error("line \(lineNumber): \(error)")
                if firstFailure == 0 { firstFailure = ExitStatus.usage.rawValue }
                if keepGoing { continue } else { break }
            }
            guard let first = words.first, !first.hasPrefix("#") else { continue }
            guard first != "batch" else {
                Console.error("line \(lineNumber): batch cannot run batch")
                firstFailure = firstFailure == 0 ? ExitStatus.usage.rawValue : firstFailure
                if keepGoing { continue } else { break }
            }
            let status = runLine(words, lineNumber: lineNumber)
            if status != 0 {
                if firstFailure == 0 { firstFailure = status }
                if !keepGoing { break }
            }
        }
        if firstFailure != 0 { throw ExitCode(firstFailure) }
    }

    private func runLine(_ words: [String], lineNumber: Int) -> Int32 {
        var args = words
        if let db = global.db { args += ["--db", db] }
        if let who = global.actAs, !words.contains("--as") { args += ["--as", who] }
        if global.json, !words.contains("--json") { args += ["--json"] }
        Console.context = "line \(lineNumber)"
        defer { Console.context = nil }
        do {
            var command = try HelpDesk.parseAsRoot(args)
            try command.run()
            return 0
        } catch {
            // A `--help` line prints nothing and counts as success, as before.
            return CommandFailure.report(error) ?? 0
        }
    }
}

/// POSIX-shell-like word splitting: single quotes, double quotes with backslash escapes.
enum ShellWords {
    struct UnclosedQuote: Error, CustomStringConvertible {
        var description: String { "unclosed quote" }
    }

    static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaping = false
        for ch in line {
            if escaping { current.append(ch); escaping = false; inWord = true; continue }
            if let q = quote {
                if ch == q { quote = nil } else if ch == "\\" && q == "\"" { escaping = true } else { current.append(ch) }
                continue
            }
            switch ch {
            case "'", "\"": quote = ch; inWord = true
            case "\\": escaping = true
            case " ", "\t":
                if inWord { words.append(current); current = ""; inWord = false }
            default: current.append(ch); inWord = true
            }
        }
        if quote != nil { throw UnclosedQuote() }
        if inWord { words.append(current) }
        return words
    }
}
