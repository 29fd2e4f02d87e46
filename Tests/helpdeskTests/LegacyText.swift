import GRDB
import HelpDeskStore

extension CLIRunner {
    /// Puts short fields in behind the app's back, as a database written before the field
    /// limits (``FieldLimits``), or by another tool, may hold them: the CLI refuses such text
    /// now, but must still print what is there harmlessly.
    func storeLegacyText(ticket id: Int, subject: String? = nil, requester: String? = nil, category: String? = nil) throws {
        let db = try AppDatabase.open(path: database)
        defer { db.close() }
        try db.write { db in
            for (column, value) in [("subject", subject), ("requester", requester), ("category", category)] {
                guard let value else { continue }
                try db.execute(sql: "UPDATE tickets SET \(column) = ? WHERE id = ?", arguments: [value, id])
            }
        }
    }
}
