import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A draft kept in a small JSON file per session, agent and database:
/// `$XDG_STATE_HOME/helpdesk/drafts/<database-hash>-<login>@<pid>.json` (`~/.local/state`
/// without it).
///
/// Why a file and not a `drafts` table: saving must work at the worst moment, from a signal
/// with another technician holding the database's write lock (a table would wait up to the busy
/// timeout), on a read-only or damaged database, and unsent text does not belong in the shared,
/// tamper-evident history. The cost: a draft stays on the machine where it was typed.
///
/// Why per session: the same agent may have two sessions open on one database (two SSH
/// logins); each keeps its own draft, so neither overwrites the other's text. A new session
/// adopts the newest draft left by a session that is no longer running (its process is gone),
/// by renaming it to its own name, so two new sessions never both restore the same text.
///
/// Writes are atomic (a temporary file in the same folder, fsync, rename), mode 0600 in a 0700
/// folder: a draft may quote a customer.
public struct DraftFile: DraftStoring {
    public let path: String
    /// `<folder>/<database-hash>-<login>`: drafts of other sessions of the same agent and
    /// database are `<stem>@<pid>.json` (and `<stem>.json` from before sessions had their own).
    /// nil for a fixed file.
    let sessionStem: String?

    public init(path: String) {
        self.path = path
        sessionStem = nil
    }

    init(path: String, sessionStem: String) {
        self.path = path
        self.sessionStem = sessionStem
    }

    /// The standard location for `login` on the database at `databasePath`.
    /// The standard location for `login` on the database at `databasePath`, for this process.
    public static func standard(databasePath: String, login: String, environment: [String: String],
                                processID: Int32 = getpid()) -> DraftFile {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        let absolute = URL(fileURLWithPath: databasePath).standardizedFileURL.path
        let stem = "\(state)/helpdesk/drafts/\(hash(absolute))-\(safeName(login))"
        return DraftFile(path: "\(stem)@\(processID).json", sessionStem: stem)
    }

    public var location: String { path }

    /// This session's draft, else the newest one a finished session of the same agent left.
    public func load() throws(DraftStoreError) -> Draft? {
        if FileManager.default.fileExists(atPath: path) { return try Self.read(path) }
        for orphan in orphans() {
            // Decoded before it is adopted: a damaged file stays where it is, reported.
            let draft = try Self.read(orphan)
            if rename(orphan, path) == 0 { return draft }
        }
        return nil
    }

    private static func read(_ file: String) throws(DraftStoreError) -> Draft {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            return try JSONDecoder().decode(Draft.self, from: data)
        } catch {
            throw .unreadable(path: file, reason: "\(error)")
        }
    }

    /// Drafts of this agent and database whose session is over, newest first.
    func orphans() -> [String] {
        guard let stem = sessionStem else { return [] }
        let folder = (stem as NSString).deletingLastPathComponent
        let base = (stem as NSString).lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let candidates = names.filter { name in
            guard name.hasSuffix(".json") else { return false }
            if name == base + ".json" { return true }
            guard name.hasPrefix(base + "@") else { return false }
            guard let pid = Int32(name.dropFirst(base.count + 1).dropLast(5)), pid > 0 else { return false }
            return !Self.isRunning(pid)
        }
        let dated = candidates.map { name -> (String, Date) in
            let file = folder + "/" + name
            let modified = (try? FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date) ?? .distantPast
            return (file, modified)
        }
        return dated.sorted { $0.1 > $1.1 }.map(\.0)
    }

    /// Whether a process with this id exists (one of another user counts: it may be running).
    static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    public func save(_ draft: Draft?) throws(DraftStoreError) {
        guard let draft else {
            if unlink(path) != 0 && errno != ENOENT { throw .unwritable(path: path, reason: String(cString: strerror(errno))) }
            return
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data: Data
        do { data = try encoder.encode(draft) } catch { throw .unwritable(path: path, reason: "\(error)") }
        try makeFolder()
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure() }
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == data.count, synced, rename(temporary, path) == 0 else {
            let error = failure()
            unlink(temporary)
            throw error
        }
    }

    private func makeFolder() throws(DraftStoreError) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .unwritable(path: path, reason: "cannot create \(folder)")
        }
    }

    private func failure() -> DraftStoreError {
        .unwritable(path: path, reason: String(cString: strerror(errno)))
    }

    /// FNV-1a of the database path: a stable file name, not a secret.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Logins are OS user names, but a file name must not let one climb out of the folder.
    static func safeName(_ login: String) -> String {
        String(login.unicodeScalars.map { scalar -> Character in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": Character(scalar)
            default: "_"
            }
        })
    }
}
