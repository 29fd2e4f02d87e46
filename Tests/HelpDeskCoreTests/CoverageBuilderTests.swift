import Foundation
import Testing
@testable import HelpDeskCore

@Suite("Coverage cells from staff and work aggregates")
struct CoverageBuilderTests {
    typealias Staff = CoverageBuilder.Staff
    typealias Work = CoverageBuilder.Work

    @Test("an area only tickets name has nobody; work without an area is covered by the whole tier")
    func areas() {
        let snapshot = CoverageBuilder.snapshot(
            staff: [Staff(tier: .l2, area: nil, onShift: 2, agents: 3), Staff(tier: .l2, area: "network", onShift: 1, agents: 2)],
            work: [Work(tier: .l2, area: " VPN ", open: 2, unassigned: 2, breached: 1), Work(tier: .l2, area: nil, open: 1, unassigned: 0, breached: 0),
                   Work(tier: .l1, area: "network", open: 4, unassigned: 1, breached: 0)])
        #expect(snapshot.cells.map { $0.label(anyArea: "*") } == ["L1", "L2 network", "L2 vpn", "L2 *"])
        #expect(snapshot.cells.first { $0.area == "vpn" }?.onShift == 0)
        #expect(snapshot.cells.first { $0.tier == .l2 && $0.area == nil }?.onShift == 2)
        // L1 is one cell, whatever the tickets' categories; nobody on shift there either.
        #expect(snapshot.cells[0] == CoverageCell(tier: .l1, area: nil, onShift: 0, agents: 0, open: 4, unassigned: 1, breached: 0))
        #expect(snapshot.gaps.map { $0.label(anyArea: "*") } == ["L2 vpn", "L1"])
    }

    @Test("a cell is uncovered only with open work and nobody on shift", arguments: [
        (0, 0, false), (0, 3, true), (1, 3, false), (2, 0, false),
    ])
    func uncovered(onShift: Int, open: Int, expected: Bool) {
        #expect(CoverageCell(tier: .l3, area: "db", onShift: onShift, agents: 2, open: open, unassigned: 0, breached: 0).uncovered == expected)
    }

    @Test("JSON: snake_case cells with their flag, the gap count and on-shift totals per tier")
    func json() throws {
        let snapshot = CoverageBuilder.snapshot(staff: [Staff(tier: .l1, area: nil, onShift: 1, agents: 1)],
                                                work: [Work(tier: .l3, area: "db", open: 1, unassigned: 1, breached: 0)])
        let text = String(decoding: try JSONEncoder().encode(snapshot), as: UTF8.self)
        for key in ["\"on_shift\":0", "\"uncovered\":true", "\"uncovered\":1", "\"on_shift_by_tier\"", "\"area\":null"] {
            #expect(text.contains(key), "\(key) in \(text)")
        }
    }
}
