import GRDB
import HelpDeskStore

/// Short fields as a database written before the field limits (``FieldLimits``), or edited by
/// another tool, may hold them: escape sequences, bidi overrides, line breaks, any length. The
/// app no longer writes such text, but must still draw what is there harmlessly, so the
/// hostile-text tests put it in behind the app's back.
extension AppDatabase {
    func storeLegacyText(ticket id: Int64, subject: String? = nil, requester: String? = nil, category: String? = nil) throws {
        try write { db in
            if let requester { try db.execute(sql: "UPDATE tickets SET requester = ? WHERE id = ?", arguments: [requester, id]) }
            if let subject { try db.execute(sql: "UPDATE tickets SET subject = ? WHERE id = ?", arguments: [subject, id]) }
            if let category { try db.execute(sql: "UPDATE tickets SET category = ? WHERE id = ?", arguments: [category, id]) }
        }
    }

    func storeLegacyText(article id: Int64, title: String? = nil, externalID: String? = nil) throws {
        try write { db in
            if let title { try db.execute(sql: "UPDATE articles SET title = ? WHERE id = ?", arguments: [title, id]) }
            if let externalID { try db.execute(sql: "UPDATE articles SET external_id = ? WHERE id = ?", arguments: [externalID, id]) }
        }
    }
}
