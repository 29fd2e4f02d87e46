import Foundation
import HelpDeskCore

/// Encodes events as rows for `EventChain.insert` and links each into the chain.
///
/// Each event's row is written in the very byte format `EventChain.hash(previous:values:)`
/// hashes (the previous hash, then per column a 0x1F, a type tag and the value), so hashing it
/// is one pass over bytes already in place, and the values bound to the INSERT are slices of
/// those same bytes: what is stored is exactly what was hashed. `db check` recomputes the
/// hashes from the stored rows with `EventChain.hash`; a test keeps the two in step.
struct EventChainEncoder {
    /// The hash of the last event encoded (64 hex digits): the link for the next one.
    private(set) var head: [UInt8]

    init(head: String) {
        self.head = Array(head.utf8)
    }

    var headString: String { String(decoding: head, as: UTF8.self) }

    /// Appends `event` (its `ticketID` set) as one row of `EventChain.columns` plus its hash.
    mutating func append(_ e: TicketEvent, to rows: inout EncodedRows) {
        let start = rows.bytes.count
        rows.appendRaw(head)
        integer(e.ticketID, &rows)
        text(e.type.rawValue, &rows)
        rows.appendRaw(0x1F)
        rows.appendRaw(0x73)
        rows.append(e.at as Date?)
        text(e.actor, &rows)
        text(e.text, &rows)
        text(e.fromStatus?.rawValue, &rows)
        text(e.toStatus?.rawValue, &rows)
        text(e.fromTier?.rawValue, &rows)
        text(e.toTier?.rawValue, &rows)
        text(e.externalName, &rows)
        text(e.area, &rows)
        text(e.reason, &rows)
        text(e.tried, &rows)
        text(e.assignee, &rows)
        integer(e.articleID, &rows)
        integer(e.firstContact.map { $0 ? 1 : 0 }, &rows)
        integer(e.csat.map(Int64.init), &rows)
        head.removeAll(keepingCapacity: true)
        rows.withBytes(from: start) { SHA256.appendHex(of: $0, to: &head) }
        let hash = rows.bytes.count
        rows.appendRaw(head)
        rows.appendText(from: hash)
    }

    /// 0x1F, then NULL as 0x00 or the integer as `i` and its decimal digits.
    private func integer(_ value: Int64?, _ rows: inout EncodedRows) {
        rows.appendRaw(0x1F)
        guard let value else {
            rows.appendRaw(0x00)
            return rows.appendNull()
        }
        rows.appendRaw(0x69)
        rows.appendDecimal(value)
        rows.append(value)
    }

    /// 0x1F, then NULL as 0x00 or the text as `s` and its UTF-8 bytes.
    private func text(_ value: String?, _ rows: inout EncodedRows) {
        rows.appendRaw(0x1F)
        guard let value else {
            rows.appendRaw(0x00)
            return rows.appendNull()
        }
        rows.appendRaw(0x73)
        rows.append(value)
    }
}
