import ArgumentParser
import Foundation
import HelpDeskCore
import HelpDeskStore

/// `kb gaps`: where the knowledge base fails the desk in a period of local days: searches that
/// found nothing (recorded by the terminal UI and interactive `kb search`) and categories of
/// tickets escalated in the period with no published article.
struct KBGaps: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaps", abstract: "Searches with no result and escalated categories without an article.",
        discussion: """
            The period runs from the start of --from to the end of --to (local days, YYYY-MM-DD; \
            default: the last 30 days). A search counts when it was last seen in the period; its \
            count is every time it found nothing.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("First day of the period (YYYY-MM-DD).", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Last day of the period, included (YYYY-MM-DD).", valueName: "date")) var to: String?
    @Option(help: "Queries and categories listed (the totals count them all).") var limit = 20

    func validate() throws {
        try ReportPeriod.validate(from: from, to: to)
        guard (1...1000).contains(limit) else { throw ValidationError("--limit must be between 1 and 1000") }
    }

    func run() throws {
        try guarded {
            let context = try CommandContext.open(global)
            let period = ReportPeriod(from: from, to: to, now: context.now, timeZone: .current)
            let gaps = try context.db.knowledgeGaps(from: period.start, to: period.end, limit: limit)
            if global.json { try JSONOutput.print(gaps); return }
            Console.print("KB gaps \(period.firstDay) – \(period.lastDay)")
            Console.print(KBGapsText.render(gaps))
        }
    }
}

/// The human form of the gaps, shared by `kb gaps` and `report`.
enum KBGapsText {
    static func render(_ gaps: KBGapReport) -> String {
        var out: [String] = []
        out.append("\(gaps.gapSearches) searches found nothing (\(gaps.gapQueries) different queries); "
            + "\(gaps.uncoveredCategories.count) escalated categories have no published article")
        if !gaps.searches.isEmpty {
            out.append("")
            out.append(TextTable.render(header: ["SEARCHED", "LANG", "QUERY", "LAST SEEN", "BY"], rows: gaps.searches.map {
                ["\($0.count)", $0.lang?.rawValue ?? "*", Console.safe($0.query), ISO8601.string($0.lastSeen), Console.safe($0.lastAgent)]
            }))
        }
        if !gaps.uncoveredCategories.isEmpty {
            out.append("")
            out.append(TextTable.render(header: ["ESCALATED", "CATEGORY", "LATEST TICKETS"], rows: gaps.uncoveredCategories.map {
                ["\($0.escalatedTickets)", Console.safe($0.category), $0.tickets.map { "#\($0.id)" }.joined(separator: " ")]
            }))
        }
        return out.joined(separator: "\n")
    }
}
