import CNcursesw
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Process-wide state the signal handlers may touch. Atomics only: a handler may run at any
/// instruction of the main thread.
enum CursesSignals {
    /// 1 while curses owns the terminal (between newterm and endwin).
    static let active = Atomic<Int32>(0)
    /// The last SIGINT/SIGTERM/SIGHUP received in `.flag` mode, 0 if none.
    static let received = Atomic<Int32>(0)
    /// 1 when handlers restore and exit; 0 when they only record the signal.
    static let exitOnSignal = Atomic<Int32>(1)
    static let atexitInstalled = Atomic<Int32>(0)

    static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs handlers for SIGINT, SIGTERM and SIGHUP, and an `atexit` hook, so the terminal
    /// is restored however the process ends (short of SIGKILL).
    static func install(exit: Bool) {
        exitOnSignal.store(exit ? 1 : 0, ordering: .sequentiallyConsistent)
        received.store(0, ordering: .sequentiallyConsistent)
        for signalNumber in handled {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signalNumber in
                // In `.flag` mode a second signal means the app did not get to stop (stuck
                // waiting for a lock, say): restore and exit now, as in `.restoreAndExit`.
                let earlier = CursesSignals.received.exchange(signalNumber, ordering: .sequentiallyConsistent)
                if CursesSignals.exitOnSignal.load(ordering: .sequentiallyConsistent) == 1 || earlier != 0 {
                    if CursesSignals.active.exchange(0, ordering: .sequentiallyConsistent) == 1 { endwin() }
                    _exit(128 + signalNumber)
                }
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signalNumber, &action, nil)
        }
        if atexitInstalled.exchange(1, ordering: .sequentiallyConsistent) == 0 {
            atexit {
                if CursesSignals.active.exchange(0, ordering: .sequentiallyConsistent) == 1 { endwin() }
            }
        }
    }

    /// Puts the default dispositions back.
    static func uninstall() {
        for signalNumber in handled { signal(signalNumber, SIG_DFL) }
    }
}
