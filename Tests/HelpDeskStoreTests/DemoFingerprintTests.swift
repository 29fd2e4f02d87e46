import Foundation
import GRDB
import Testing
@testable import HelpDeskCore
@testable import HelpDeskStore

/// The demo is deterministic for a seed and a `now`: the same tickets, events, hash chain, SLA
/// rows and search index, byte for byte. The digests below were recorded from the row-by-row
/// generator; a faster loader must reproduce them exactly.
@Suite("Demo fingerprint")
struct DemoFingerprintTests {
    /// Every table's rows (as SQL literals, in a fixed order), hashed per table. The search
    /// index's shadow tables are included: same content must give the same index.
    static func digests(_ db: AppDatabase) throws -> [String: String] {
        try db.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name
                """)
            var result: [String: String] = [:]
            for table in tables {
                let columns = try db.columns(in: table).map { "quote(\($0.name.quotedDatabaseIdentifier))" }
                let rows = try String.fetchAll(db, sql: "SELECT \(columns.joined(separator: " || '|' || ")) FROM \(table.quotedDatabaseIdentifier)")
                result[table] = String(SHA256.hex(Array(rows.sorted().joined(separator: "\n").utf8)).prefix(16))
            }
            return result
        }
    }

    static func demo() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        db.slaPolicies = .standard
        try DemoGenerator(tickets: 2_000, seed: 42, now: DemoRealismTests.now).run(into: db)
        try db.refreshOpenTicketSLA(now: DemoRealismTests.now)
        return db
    }

    @Test("seed 42 builds exactly the recorded desk")
    func recorded() throws {
        let digests = try Self.digests(Self.demo())
        let changed = Set(digests.keys).union(Self.recorded.keys).filter { digests[$0] != Self.recorded[$0] }.sorted()
        #expect(changed == [], "tables whose rows differ from the recording: \(changed.map { "\($0)=\(digests[$0] ?? "-")" })")
    }

    /// The open tickets' SLA rows are still the ones recorded before the demo wrote rows for
    /// resolved tickets too: `6469c5bdca72b1da` was the digest of the whole table then.
    @Test("seed 42: the open tickets' SLA rows are the recorded ones")
    func openSLARows() throws {
        let digest = try Self.demo().read { db in
            let columns = try db.columns(in: "ticket_sla").map { "quote(\($0.name.quotedDatabaseIdentifier))" }
            let rows = try String.fetchAll(db, sql: "SELECT \(columns.joined(separator: " || '|' || ")) FROM ticket_sla WHERE open = 1")
            return String(SHA256.hex(Array(rows.sorted().joined(separator: "\n").utf8)).prefix(16))
        }
        #expect(digest == "6469c5bdca72b1da")
    }

    /// `agent_shift_log`, `grdb_migrations` and `sqlite_stat1` changed with the schema (the
    /// `agents-v2-shift-log` migration and its empty table, the `metrics-v1-covering-indexes`
    /// migration and its indexes' statistics), not with the generated rows; so did
    /// `kb_section_anchors` and `kb_section_keys` (`kb-v4-section-anchors`: no demo article cites a
    /// numbered section; one title ends in a number, "… en la bandeja 2"), `coaching_items`
    /// (`coaching-v1-feed-items`: a table derived from `ticket_events`) and
    /// `metrics_created`/`metrics_resolved` (`metrics-v2-quarter-rollups`: sums of `tickets`);
    /// `dashboard-v1-open-work-indexes` and `metrics-v3-resolved-cover` changed the migrations
    /// and the statistics only.
    ///
    /// `ticket_sla` and `sqlite_stat1` changed when the generator began writing the SLA rows of
    /// the tickets it resolves or closes (before, only open tickets had one, written after the
    /// load): the table gained those rows, and the `ANALYZE` at the end of the load now sees
    /// them (two new statistics rows, `ticket_sla` and `ticket_sla_next_check`). Every other
    /// table is byte for byte what it was.
    static let recorded: [String: String] = [
        "agent_shift_log": "e3b0c44298fc1c14",
        "agents": "f005e7af13da4b17",
        "article_ticket_links": "e11e107d5ba4a8ad",
        "article_versions": "e3b0c44298fc1c14",
        "articles": "570442ad02a0681b",
        "articles_fts_config": "f9c2d110987b6919",
        "articles_fts_content": "1b8f56d2c645fbb8",
        "articles_fts_data": "bd03c50007143be6",
        "articles_fts_docsize": "1bec893cd1ff83ed",
        "articles_fts_idx": "914c43629b5d7ff1",
        "coaching_items": "c9e9109dd9bbba30",
        "grdb_migrations": "16140ddad583bffa",
        "kb_lang_stats": "27aa64d097325ca3",
        "kb_search_gap_hours": "58b811890c6aaa21",
        "kb_search_gaps": "99eca6bcf13dad56",
        "kb_section_anchors": "e3b0c44298fc1c14",
        "kb_section_keys": "be5742d29db9993f",
        "kb_term_stats": "5b8b482b9429b823",
        "meta": "e296daeb0a7ed81b",
        "metrics_created": "79753d225e1ff2fb",
        "metrics_resolved": "4384ab7c48e3b293",
        "organisations": "a1cab0e19e5a9c0b",
        "requesters": "6e0741fc13f49a89",
        "sla_actions": "e3b0c44298fc1c14",
        "sla_config": "e3b0c44298fc1c14",
        "sqlite_sequence": "ad58903cd90f3931",
        "sqlite_stat1": "7125f0ee31217d14",
        "ticket_events": "78e715e6c09b9e7a",
        "ticket_sla": "5136d650301d79c2",
        "tickets": "6764969763e2501a",
        "tickets_fts_config": "f9c2d110987b6919",
        "tickets_fts_data": "a0506ef5d117c53e",
        "tickets_fts_docsize": "0a414073e682a458",
        "tickets_fts_idx": "532064c063b8a9d2",
    ]
}
