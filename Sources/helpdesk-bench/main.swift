// Times the queries behind the ticket screens on a real database file, in process, and prints
// one JSON object per query with its SQL, so `Benchmarks/ticket-queries` can time the very
// same statement through raw SQLite and print the ratio.
import Foundation
import HelpDeskCore
import HelpDeskStore

let args = CommandLine.arguments
guard let dbIndex = args.firstIndex(of: "--db"), dbIndex + 1 < args.count else {
    FileHandle.standardError.write(Data("usage: helpdesk-bench --db PATH [--iterations N]\n".utf8))
    exit(64)
}
let iterations = args.firstIndex(of: "--iterations").flatMap { Int(args[$0 + 1]) } ?? 200
let db: AppDatabase
do { db = try AppDatabase.open(path: args[dbIndex + 1]) } catch {
    FileHandle.standardError.write(Data("helpdesk-bench: \(error)\n".utf8))
    exit(69)
}

struct Measure: Encodable {
    var name: String
    var sql: String
    var arguments: [String?]
    var rows: Int
    var p50_us: Double
    var p95_us: Double
}

func time(_ name: String, query: TicketQuery) throws -> Measure {
    var samples: [Double] = []
    var rows = 0
    for _ in 0..<iterations {
        let start = DispatchTime.now().uptimeNanoseconds
        rows = try db.tickets(matching: query).count
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000)
    }
    samples.sort()
    let statement = db.ticketListStatement(for: query)
    let arguments: [String?] = statement.arguments.map { value in
        switch value.storage {
        case .null: nil
        case .int64(let i): String(i)
        case .double(let d): String(d)
        case .string(let s): s
        case .blob: nil
        }
    }
    return Measure(name: name, sql: statement.sql, arguments: arguments, rows: rows,
                   p50_us: samples[samples.count / 2], p95_us: samples[samples.count * 95 / 100])
}

do {
    let active = TicketQuery.activeStatuses
    var deepPage = TicketQuery(tiers: [.l1], statuses: active, limit: 50)
    // Walk 20 pages by keyset to find a cursor deep in the queue.
    for _ in 0..<20 {
        guard let last = try db.tickets(matching: deepPage).last else { break }
        deepPage.after = TicketCursor(last)
    }
    let cases: [(String, TicketQuery)] = [
        ("l1_queue_first_page", TicketQuery(tiers: [.l1], statuses: active, limit: 50)),
        ("l1_queue_page_21", deepPage),
        ("l2_unassigned", TicketQuery(tiers: [.l2], statuses: active, assignment: .unassigned, limit: 50)),
        ("my_open_tickets", TicketQuery(statuses: active, assignment: .agent("ana"), limit: 50)),
        ("all_tickets_first_page", TicketQuery(limit: 50)),
        ("search_contrasena", TicketQuery(text: "contrasena", limit: 50)),
    ]
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    for (name, query) in cases {
        let m = try time(name, query: query)
        print(String(decoding: try encoder.encode(m), as: UTF8.self))
    }
} catch {
    FileHandle.standardError.write(Data("helpdesk-bench: \(error)\n".utf8))
    exit(70)
}
