import Testing
@testable import TerminalKit

@Suite("ScreenBuffer")
struct ScreenBufferTests {
    @Test func writesAndClipsAtTheEdge() {
        var buffer = ScreenBuffer(columns: 8, rows: 2)
        let end = buffer.write("helpdesk!!", row: 0, column: 2, role: .title)
        #expect(end == 8)
        #expect(buffer.textLines() == ["  helpde", ""])
        #expect(buffer[0, 2].role == .title)
        #expect(buffer[0, 1].role == .normal)
        // Out of range rows are ignored.
        buffer.write("x", row: 5, column: 0)
        buffer.write("x", row: -1, column: 0)
        #expect(buffer.textLines() == ["  helpde", ""])
    }

    @Test func wideCharactersTakeTwoCells() {
        var buffer = ScreenBuffer(columns: 6, rows: 1)
        let end = buffer.write("漢字a", row: 0, column: 0)
        #expect(end == 5)
        #expect(buffer[0, 0].width == 2)
        #expect(buffer[0, 1].isContinuation)
        #expect(buffer[0, 2].character == "字")
        #expect(buffer.text == "漢字a")
    }

    @Test func wideCharacterIsNeverSplitAtTheRightEdge() {
        var buffer = ScreenBuffer(columns: 5, rows: 1)
        buffer.write("ab漢字", row: 0, column: 0)
        #expect(buffer.textLines(trimmingTrailingSpaces: false) == ["ab漢 "])
        #expect(!buffer[0, 4].isContinuation)
        var emoji = ScreenBuffer(columns: 3, rows: 1)
        emoji.write("a👨‍👩‍👧‍👦👍", row: 0, column: 0)
        #expect(emoji.text == "a👨‍👩‍👧‍👦")
        var limited = ScreenBuffer(columns: 10, rows: 1)
        limited.write("漢字漢字", row: 0, column: 0, maxWidth: 3)
        #expect(limited.textLines(trimmingTrailingSpaces: false) == ["漢        "])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(columns: 6, rows: 1)
        buffer.write("漢字", row: 0, column: 0)
        buffer.write("x", row: 0, column: 1)  // second half of 漢
        #expect(buffer.textLines(trimmingTrailingSpaces: false) == [" x字  "])
        buffer.write("y", row: 0, column: 2)  // first half of 字
        #expect(buffer.textLines(trimmingTrailingSpaces: false) == [" xy   "])
        #expect(buffer.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func wideCharacterAtTheLeftEdge() {
        var buffer = ScreenBuffer(columns: 4, rows: 1)
        buffer.write("漢字", row: 0, column: -1)
        #expect(buffer.textLines(trimmingTrailingSpaces: false) == [" 字 "])
    }

    @Test func ellipsisAndFittedWrites() {
        var buffer = ScreenBuffer(columns: 12, rows: 2)
        buffer.write("Servidor de correo caído", row: 0, column: 0, maxWidth: 10, ellipsis: true)
        buffer.write("P1", in: Rect(row: 1, column: 0, width: 4, height: 1), role: .p1, alignment: .right)
        #expect(buffer.textLines() == ["Servidor …", "  P1"])
        #expect(buffer.styledLines() == ["[normal]Servidor …", "[p1]  P1"])
    }

    @Test func boxesAndStyledSnapshot() {
        var buffer = ScreenBuffer(columns: 12, rows: 4)
        buffer.box(Rect(row: 0, column: 0, width: 12, height: 4), title: "Hand-off", titleRole: .section)
        buffer.write("ñandú", row: 1, column: 1, role: .normal, attributes: .bold)
        buffer.restyle(Rect(row: 2, column: 1, width: 10, height: 1), role: .selected)
        #expect(buffer.textLines() == [
            "┌ Hand-off ┐",
            "│ñandú     │",
            "│          │",
            "└──────────┘",
        ])
        #expect(buffer.styledLines() == [
            "[border]┌[section] Hand-off [border]┐",
            "[border]│[normal+bold]ñandú[normal]     [border]│",
            "[border]│[selected]          [border]│",
            "[border]└──────────┘",
        ])
    }

    @Test func fillAndClear() {
        var buffer = ScreenBuffer(columns: 4, rows: 2)
        buffer.fill(Rect(row: 0, column: 1, width: 10, height: 1), with: "─", role: .border)
        #expect(buffer.text == " ───\n")
        buffer.clear()
        #expect(buffer.text == "\n")
    }

    @Test func composingViewBuffers() {
        var view = ScreenBuffer(columns: 3, rows: 1)
        view.write("a漢", row: 0, column: 0, role: .dim)
        var screen = ScreenBuffer(columns: 5, rows: 2)
        screen.draw(view, at: Point(row: 1, column: 1))
        #expect(screen.textLines() == ["", " a漢"])
        screen.draw(view, at: Point(row: 0, column: 3))  // 漢 would cross the edge: skipped
        #expect(screen.textLines() == ["   a", " a漢"])
    }
}

@Suite("ScreenBuffer diff")
struct ScreenBufferDiffTests {
    @Test func firstFrameIsEverything() {
        var buffer = ScreenBuffer(columns: 4, rows: 2)
        buffer.write("ab", row: 0, column: 0, role: .title)
        let runs = buffer.diff(from: nil)
        #expect(runs == [
            CellRun(row: 0, column: 0, text: "ab", width: 2, role: .title),
            CellRun(row: 0, column: 2, text: "  ", width: 2, role: .normal),
            CellRun(row: 1, column: 0, text: "    ", width: 4, role: .normal),
        ])
    }

    @Test func onlyChangedCellsAreReturned() {
        var old = ScreenBuffer(columns: 20, rows: 2)
        old.write("09:41", row: 0, column: 15, role: .title)
        var new = old
        new.write("09:42", row: 0, column: 15, role: .title)
        #expect(new.diff(from: old) == [CellRun(row: 0, column: 19, text: "2", width: 1, role: .title)])
        #expect(new.diff(from: new).isEmpty)
    }

    @Test func styleChangesSplitRuns() {
        let old = ScreenBuffer(columns: 6, rows: 1)
        var new = old
        new.write("ab", row: 0, column: 0, role: .p1)
        new.write("cd", row: 0, column: 2, role: .p2)
        new.write("e", row: 0, column: 5, role: .p2)
        #expect(new.diff(from: old) == [
            CellRun(row: 0, column: 0, text: "ab", width: 2, role: .p1),
            CellRun(row: 0, column: 2, text: "cd", width: 2, role: .p2),
            CellRun(row: 0, column: 5, text: "e", width: 1, role: .p2),
        ])
    }

    @Test func wideCharactersStayWholeInDiffs() {
        var old = ScreenBuffer(columns: 6, rows: 1)
        old.write("ab", row: 0, column: 0)
        var new = old
        new.write("漢", row: 0, column: 1)  // covers b, blanks nothing else
        #expect(new.diff(from: old) == [CellRun(row: 0, column: 1, text: "漢", width: 2, role: .normal)])
        var back = new
        back.write("x", row: 0, column: 2)  // overwrite only the second half
        #expect(back.diff(from: new) == [CellRun(row: 0, column: 1, text: " x", width: 2, role: .normal)])
        // A wide character at the right edge of the diff.
        var edge = old
        edge.write("字", row: 0, column: 4)
        #expect(edge.diff(from: old) == [CellRun(row: 0, column: 4, text: "字", width: 2, role: .normal)])
    }

    @Test func resizedBufferIsRepaintedWhole() {
        let old = ScreenBuffer(columns: 4, rows: 1)
        let new = ScreenBuffer(columns: 5, rows: 1)
        #expect(new.diff(from: old) == [CellRun(row: 0, column: 0, text: "     ", width: 5, role: .normal)])
    }
}
