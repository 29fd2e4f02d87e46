import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A draft kept in a small JSON file per agent and database:
/// `$XDG_STATE_HOME/helpdesk/drafts/<database-hash>-<login>.json` (`~/.local/state` without it).
///
/// Why a file and not a `drafts` table: saving must work at the worst moment, from a signal
/// with another technician holding the database's write lock (a table would wait up to the busy
/// timeout), on a read-only or damaged database, and unsent text does not belong in the shared,
/// tamper-evident history. The cost: a draft stays on the machine where it was typed, and two
/// sessions of the same agent on the same database share one file (the last writer wins).
///
/// Writes are atomic (a temporary file in the same folder, fsync, rename), mode 0600 in a 0700
/// folder: a draft may quote a customer.
public struct DraftFile: DraftStoring {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The standard location for `login` on the database at `databasePath`.
    public static func standard(databasePath: String, login: String, environment: [String: String]) -> DraftFile {
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        let absolute = URL(fileURLWithPath: databasePath).standardizedFileURL.path
        let name = "\(hash(absolute))-\(safeName(login)).json"
        return DraftFile(path: "\(state)/helpdesk/drafts/\(name)")
    }

    public var location: String { path }

    public func load() throws(DraftStoreError) -> Draft? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return try JSONDecoder().decode(Draft.self, from: data)
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
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
