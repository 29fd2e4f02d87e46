import ArgumentParser
import HelpDeskCore
import HelpDeskStore

/// The sysexits codes of the CLI contract, plus 75 for a concurrent-change conflict.
enum ExitStatus: Int32 {
    case usage = 64
    case dataError = 65
    case noInput = 66
    case unavailable = 69
    case cannotCreate = 73
    case tempFail = 75
    case noPermission = 77
}

/// An error raised by a command itself (not the store or the core).
struct CLIError: Error, CustomStringConvertible {
    var status: ExitStatus
    var message: String

    init(_ status: ExitStatus, _ message: String) {
        self.status = status
        self.message = message
    }

    var description: String { message }
}

/// Maps every error a command can meet to a one-line message and an exit status.
enum ErrorReport {
    static func status(for error: Error) -> (ExitStatus, String) {
        switch error {
        case let e as CLIError: return (e.status, e.message)
        case let e as ActingAsRefusal: return (.noPermission, e.description)
        case let e as SLAFileRefused: return (.dataError, e.description)
        case let e as WorkflowError: return (status(for: e), e.description)
        case let e as ShortTextError: return (.dataError, e.description)
        case let e as ArticleDraftError:
            switch e {
            case .notPermitted: return (.noPermission, e.description)
            case .notResolved: return (.dataError, e.description)
            }
        case let e as StoreError:
            switch e {
            case .unavailable, .locked, .newerSchema, .corrupt, .readOnly: return (.unavailable, e.description)
            case .full: return (.cannotCreate, e.description)
            case .ticketNotFound, .agentNotFound, .articleNotFound, .duplicate, .invalidInput: return (.dataError, e.description)
            case .conflict: return (.tempFail, e.description)
            case .refused(let w): return (status(for: w), w.description)
            }
        default:
            return (.dataError, "\(error)")
        }
    }

    static func status(for error: WorkflowError) -> ExitStatus {
        switch error {
        case .notPermitted: .noPermission
        case .conflict: .tempFail
        case .invalidTransition, .missingField, .invalidValue, .invalidText: .dataError
        }
    }

    /// Prints `helpdesk: message` on stderr and exits with the mapped status.
    static func exit(for error: Error) -> ExitCode {
        if let code = error as? ExitCode { return code }
        let (status, message) = status(for: error)
        Console.error(message)
        return ExitCode(status.rawValue)
    }
}

extension ParsableCommand {
    /// Runs a command body, turning any error into the contract's message and exit code.
    func guarded(_ body: () throws -> Void) throws {
        do { try body() } catch { throw ErrorReport.exit(for: error) }
    }
}
