import Foundation
import HelpDeskCore

/// JSON as the CLI contract spells it: snake_case keys, ISO 8601 dates, sorted keys.
enum JSONOutput {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, enc in
            var c = enc.singleValueContainer()
            try c.encode(ISO8601.string(date))
        }
        return encoder
    }

    static func print<T: Encodable>(_ value: T) throws {
        let data = try encode(value, with: encoder())
        Console.print(String(decoding: data, as: UTF8.self))
    }

    /// `value` as JSON that is also safe to print on a terminal.
    static func encode<T: Encodable>(_ value: T, with encoder: JSONEncoder) throws -> Data {
        terminalSafe(try encoder.encode(value))
    }

    /// JSON only requires U+0000–U+001F to be escaped, so JSONEncoder writes DEL, the C1 controls
    /// (U+009B is CSI to a terminal that honours C1, U+0085 moves the cursor), the line and
    /// paragraph separators and the bidi overrides from ticket text as raw characters. Written
    /// as `\uXXXX` they decode to the same strings and do nothing to the terminal. They can only
    /// occur inside strings, so the replacement never touches the JSON's structure.
    static func terminalSafe(_ json: Data) -> Data {
        // Fast path: every such character starts with one of these bytes in UTF-8.
        guard json.contains(where: { $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in String(decoding: json, as: UTF8.self).unicodeScalars {
            switch scalar.value {
            case 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                out.append(contentsOf: String(format: "\\u%04x", scalar.value).unicodeScalars)
            default:
                out.append(scalar)
            }
        }
        return Data(String(out).utf8)
    }
}

enum ISO8601 {
    static func string(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }
}

/// A ticket as printed by `--json`.
struct TicketJSON: Encodable {
    var ticket: Ticket
    var events: [TicketEvent]?
    /// The three SLA timers (`ticket show`): state, due, remaining, label each.
    var sla: TicketSLA?
    /// Linked knowledge-base articles (`ticket show`).
    var articles: [ArticleTicketLink]? = nil

    enum Key: String, CodingKey {
        case id, kind, subject, description, requester, organisation, plan, category, impact, urgency
        case priority, status, tier, external_name, assignee, created_by, created_at, updated_at
        case first_response_at, resolved_at, closed_at, escalation_count, first_contact_resolution
        case csat, version, events, sla, articles
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        let t = ticket
        try c.encode(t.id, forKey: .id)
        try c.encode(t.kind.rawValue, forKey: .kind)
        try c.encode(t.subject, forKey: .subject)
        try c.encode(t.description, forKey: .description)
        try c.encode(t.requester, forKey: .requester)
        try c.encode(t.organisation, forKey: .organisation)
        try c.encode(t.plan.rawValue, forKey: .plan)
        try c.encode(t.category, forKey: .category)
        try c.encode(t.impact.rawValue, forKey: .impact)
        try c.encode(t.urgency.rawValue, forKey: .urgency)
        try c.encode(t.priority.rawValue, forKey: .priority)
        try c.encode(t.status.rawValue, forKey: .status)
        try c.encode(t.tier.rawValue, forKey: .tier)
        try c.encode(t.externalName, forKey: .external_name)
        try c.encode(t.assignee, forKey: .assignee)
        try c.encode(t.createdBy, forKey: .created_by)
        try c.encode(t.createdAt, forKey: .created_at)
        try c.encode(t.updatedAt, forKey: .updated_at)
        try c.encode(t.firstResponseAt, forKey: .first_response_at)
        try c.encode(t.resolvedAt, forKey: .resolved_at)
        try c.encode(t.closedAt, forKey: .closed_at)
        try c.encode(t.escalationCount, forKey: .escalation_count)
        try c.encode(t.firstContactResolution, forKey: .first_contact_resolution)
        try c.encode(t.csat, forKey: .csat)
        try c.encode(t.version, forKey: .version)
        if let events { try c.encode(events.map(EventJSON.init), forKey: .events) }
        if let sla { try c.encode(sla, forKey: .sla) }
        if let articles { try c.encode(articles.map(ArticleLinkJSON.init), forKey: .articles) }
    }
}

/// A history entry as printed by `--json`; absent fields are omitted.
struct EventJSON: Encodable {
    var event: TicketEvent

    enum Key: String, CodingKey {
        case id, type, at, actor, text, from_status, to_status, from_tier, to_tier, external_name
        case area, reason, tried, assignee, article_id, first_contact, csat
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        let e = event
        try c.encodeIfPresent(e.id, forKey: .id)
        try c.encode(e.type.rawValue, forKey: .type)
        try c.encode(e.at, forKey: .at)
        try c.encode(e.actor, forKey: .actor)
        try c.encodeIfPresent(e.text, forKey: .text)
        try c.encodeIfPresent(e.fromStatus?.rawValue, forKey: .from_status)
        try c.encodeIfPresent(e.toStatus?.rawValue, forKey: .to_status)
        try c.encodeIfPresent(e.fromTier?.rawValue, forKey: .from_tier)
        try c.encodeIfPresent(e.toTier?.rawValue, forKey: .to_tier)
        try c.encodeIfPresent(e.externalName, forKey: .external_name)
        try c.encodeIfPresent(e.area, forKey: .area)
        try c.encodeIfPresent(e.reason, forKey: .reason)
        try c.encodeIfPresent(e.tried, forKey: .tried)
        try c.encodeIfPresent(e.assignee, forKey: .assignee)
        try c.encodeIfPresent(e.articleID, forKey: .article_id)
        try c.encodeIfPresent(e.firstContact, forKey: .first_contact)
        try c.encodeIfPresent(e.csat, forKey: .csat)
    }
}

/// An agent as printed by `--json`.
struct AgentJSON: Encodable {
    var login: String
    var name: String
    var role: String
    var areas: [String]
    var on_shift: Bool

    init(_ a: Agent) {
        login = a.login
        name = a.name
        role = a.role.rawValue
        areas = a.areas
        on_shift = a.onShift
    }
}
