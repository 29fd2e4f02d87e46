import HelpDeskCore
import Foundation
import TerminalKit

/// The `:` command line (with completion) and the `/` incremental search.
extension HelpDeskApp {
    /// Command names and the values their argument takes, for Tab completion.
    static let commands: [(name: String, help: UIString, arguments: [String])] = [
        ("q", .cmdQuit, []), ("quit", .cmdQuit, []),
        ("lang", .cmdLang, Language.allCases.map(\.rawValue)),
        ("theme", .cmdTheme, []),
        ("screen", .cmdScreen, StartScreen.allCases.map(\.rawValue)),
        ("open", .cmdOpen, []), ("help", .cmdHelp, []),
    ]

    func handlePromptKey(_ key: Key) {
        switch prompt {
        case .command(var input):
            switch key {
            case .escape: prompt = nil
            case .enter:
                prompt = nil
                execute(command: input.text)
            case .tab:
                input.set(complete(input.text))
                prompt = .command(input)
            case .backspace where input.isEmpty:
                prompt = nil
            default:
                input.handle(key)
                prompt = .command(input)
            }
        case .search(var input):
            switch key {
            case .escape:
                // Esc cancels the search and shows the whole list again.
                prompt = nil
                send(.search("", final: true))
            case .enter:
                prompt = nil
                send(.search(input.text, final: true))
            default:
                guard input.handle(key) == .edited else { return }
                prompt = .search(input)
                send(.search(input.text, final: false))
            }
        case nil:
            break
        }
    }

    /// Completes the command name, or the argument of `:lang` / `:screen`. With several
    /// candidates it completes their common prefix and lists them in a toast.
    func complete(_ text: String) -> String {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let candidates: [String]
        let prefix: String
        let head: String
        if parts.count <= 1 {
            prefix = text
            head = ""
            candidates = Self.commands.map(\.name).filter { $0.hasPrefix(prefix) }
        } else {
            prefix = parts.last ?? ""
            head = parts.dropLast().joined(separator: " ") + " "
            let arguments = Self.commands.first { $0.name == parts[0] }?.arguments ?? []
            candidates = arguments.filter { $0.hasPrefix(prefix) }
        }
        guard let first = candidates.first else { return text }
        if candidates.count == 1 {
            let needsArgument = parts.count <= 1 && !(Self.commands.first { $0.name == first }?.arguments.isEmpty ?? true)
                || ["theme", "open"].contains(first)
            return head + first + (needsArgument ? " " : "")
        }
        var common = first
        for candidate in candidates.dropFirst() {
            while !candidate.hasPrefix(common) { common.removeLast() }
        }
        showToast(candidates.joined(separator: "  "), .info)
        return head + common
    }

    /// Runs a command line (without the `:`).
    func execute(command line: String) {
        let l10n = context.l10n
        let words = line.split(separator: " ").map(String.init)
        guard let name = words.first else { return }
        let argument = words.dropFirst().joined(separator: " ")
        switch name {
        case "q", "quit":
            isRunning = false
        case "help":
            helpVisible = true
        case "lang":
            guard let language = Language(code: argument), words.count == 2 else {
                showToast(l10n(.toastUsage, ":lang es|en"), .error)
                return
            }
            self.language = language
            showToast(context.l10n(.toastLanguage), .info)
        case "theme":
            guard !argument.isEmpty else {
                showToast(l10n(.toastUsage, ":theme NAME|PATH"), .error)
                return
            }
            guard let load = configuration.loadTheme else {
                showToast(l10n(.toastError, "themes cannot be changed in this session"), .error)
                return
            }
            do {
                baseTheme = try load(argument)
                themedScreen = nil
                terminal.invalidate()
                showToast(l10n(.toastTheme, baseTheme.name), .info)
            } catch {
                showToast(l10n(.toastError, "\(error)"), .error)
            }
        case "screen":
            guard let screen = StartScreen(rawValue: argument.lowercased()) else {
                showToast(l10n(.toastUsage, ":screen l1|l2|l3|dashboard|kb"), .error)
                return
            }
            switchTo(screen)
        case "open":
            guard let id = Int64(argument.trimmingCharacters(in: CharacterSet(charactersIn: "# "))) else {
                showToast(l10n(.toastUsage, ":open ID"), .error)
                return
            }
            open(ticketID: id)
        default:
            showToast(l10n(.toastUnknownCommand, name), .error)
        }
    }
}
