import Testing
@testable import TerminalKit

@Suite("Layout")
struct LayoutTests {
    let screen = Rect(row: 0, column: 0, width: 80, height: 24)

    @Test func rowsWithFixedBarsAndFillingBody() {
        let parts = screen.splitRows([.fixed(1), .fill, .fixed(1), .fixed(1)])
        #expect(parts.map(\.row) == [0, 1, 22, 23])
        #expect(parts.map(\.height) == [1, 21, 1, 1])
    }

    @Test func columnsByRatioWithGap() {
        let parts = screen.splitColumns([.ratio(0.55), .fill], gap: 1)
        #expect(parts[0] == Rect(row: 0, column: 0, width: 43, height: 24))
        #expect(parts[1] == Rect(row: 0, column: 44, width: 36, height: 24))
    }

    @Test func splitNeverOverflows() {
        let tiny = Rect(row: 0, column: 0, width: 5, height: 1)
        let parts = tiny.splitColumns([.fixed(4), .fixed(4), .fill])
        #expect(parts.map(\.width) == [4, 1, 0])
        #expect(tiny.splitColumns([.fill, .fill, .fill]).map(\.width) == [2, 2, 1])
    }

    let ticketColumns = [
        ColumnSpec(id: "p", title: "P", width: 2),
        ColumnSpec(id: "id", title: "#", width: 5, alignment: .right),
        ColumnSpec(id: "sla", title: "SLA", width: 6, alignment: .right),
        ColumnSpec(id: "subject", title: "Subject", width: 10, isFlexible: true),
        ColumnSpec(id: "agent", title: "Agent", width: 8),
        ColumnSpec(id: "updated", title: "Updated", width: 7),
    ]

    @Test func allColumnsFitWhenWide() {
        let layout = ColumnLayout(ticketColumns, width: 60)
        #expect(layout.columns.map(\.spec.id) == ["p", "id", "sla", "subject", "agent", "updated"])
        #expect(layout.columns.first { $0.spec.id == "subject" }?.width == 60 - (2 + 5 + 6 + 8 + 7) - 5)
        #expect(layout.headerLine.displayWidth == 60)
    }

    @Test func columnsDropFromTheRightWhenNarrow() {
        #expect(ColumnLayout(ticketColumns, width: 40).columns.map(\.spec.id) == ["p", "id", "sla", "subject", "agent"])
        #expect(ColumnLayout(ticketColumns, width: 30).columns.map(\.spec.id) == ["p", "id", "sla", "subject"])
        #expect(ColumnLayout(ticketColumns, width: 20).columns.map(\.spec.id) == ["p", "id", "subject"])
        let narrow = ColumnLayout(ticketColumns, width: 20)
        #expect(narrow.line(["p": "P1", "id": "1047", "subject": "Servidor de correo caído"]) == "P1  1047 Servidor d…")
    }

    @Test func viewportFollowsTheCursor() {
        var viewport = ListViewport(count: 100, height: 10)
        #expect(viewport.visibleRange == 0..<10)
        viewport.moveDown(12)
        #expect(viewport.cursor == 12)
        #expect(viewport.visibleRange == 3..<13)
        #expect(viewport.cursorRow == 9)
        viewport.pageDown()
        #expect(viewport.top == 13)
        #expect(viewport.cursor == 22)
        viewport.moveToBottom()
        #expect(viewport.cursor == 99)
        #expect(viewport.visibleRange == 90..<100)
        viewport.pageUp()
        #expect(viewport.top == 80)
        #expect(viewport.cursor == 89)
        viewport.moveToTop()
        #expect(viewport.cursor == 0 && viewport.top == 0)
        viewport.moveUp()
        #expect(viewport.cursor == 0)
    }

    @Test func viewportClampsWhenTheListShrinks() {
        var viewport = ListViewport(count: 30, height: 10, cursor: 25)
        viewport.setCount(5)
        #expect(viewport.cursor == 4)
        #expect(viewport.visibleRange == 0..<5)
        viewport.setCount(0)
        #expect(viewport.cursorRow == nil)
        #expect(viewport.visibleRange.isEmpty)
        var short = ListViewport(count: 3, height: 10)
        short.pageDown()
        #expect(short.cursor == 2 || short.cursor == 0)
        #expect(short.top == 0)
    }
}
