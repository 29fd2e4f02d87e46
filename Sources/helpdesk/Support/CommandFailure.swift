import ArgumentParser
import Foundation

/// How a failed command line ends, for the process (`HelpDesk.main`) and for each line of
/// `batch`: one line on stderr and the contract's exit status.
///
/// ArgumentParser's own `exit(withError:)` prints usage errors over several lines and ends
/// errors it does not know with status 1, which the contract does not have.
enum CommandFailure {
    /// Reports `error` as one stderr line and returns the exit status, or nil for a help or
    /// version request (not a failure: the caller prints it the usual way, on stdout).
    static func report(_ error: Error) -> Int32? {
        // Already reported by `guarded`.
        if let code = error as? ExitCode { return code.rawValue }
        let code = HelpDesk.exitCode(for: error)
        if code == .success { return nil }
        if code == .validationFailure {
            Console.error(UsageErrorLine.render(message: HelpDesk.message(for: error),
                                                fullMessage: HelpDesk.fullMessage(for: error)))
            return ExitStatus.usage.rawValue
        }
        return ErrorReport.exit(for: error).rawValue
    }
}
