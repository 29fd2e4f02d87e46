import TerminalKit

/// An editable piece of text with a cursor, for the command line, search, form fields and the
/// note composer. Pure value: keys in, text out; drawing is done by the owner.
///
/// Multi-line inputs treat Enter as a new line (the owner decides what submits, usually
/// Ctrl-S); single-line inputs leave Enter to the owner.
public struct TextInput: Equatable, Sendable {
    public private(set) var text: String
    /// Cursor position as a Character offset into `text`.
    public private(set) var cursor: Int
    public let multiline: Bool

    public init(_ text: String = "", multiline: Bool = false) {
        self.text = text
        self.cursor = text.count
        self.multiline = multiline
    }

    public var isEmpty: Bool { text.isEmpty }
    public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }

    /// What happened to a key.
    public enum Outcome: Equatable, Sendable {
        /// The key edited the text or moved the cursor.
        case edited
        /// The key means nothing to a text input; the owner may use it (Enter, Esc, Tab...).
        case ignored
    }

    /// Applies an editing key.
    @discardableResult
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .character(let c):
            insert(String(c))
        case .enter where multiline:
            insert("\n")
        case .backspace:
            guard cursor > 0 else { return .edited }
            let index = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: index)
            cursor -= 1
        case .delete:
            guard cursor < text.count else { return .edited }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .ctrl("a"): cursor = lineStart
        case .end: cursor = lineEnd
        case .ctrl("u"):
            // Deletes back to the start of the line, as in a shell.
            let start = lineStart
            let from = text.index(text.startIndex, offsetBy: start)
            let to = text.index(text.startIndex, offsetBy: cursor)
            text.removeSubrange(from..<to)
            cursor = start
        case .ctrl("w"):
            deleteWordBackward()
        case .up where multiline: moveVertically(-1)
        case .down where multiline: moveVertically(1)
        default:
            return .ignored
        }
        return .edited
    }

    /// Replaces everything (after an external editor, or a completion).
    public mutating func set(_ newText: String) {
        text = newText
        cursor = newText.count
    }

    public mutating func insert(_ string: String) {
        let index = text.index(text.startIndex, offsetBy: cursor)
        text.insert(contentsOf: string, at: index)
        cursor += string.count
    }

    private var characters: [Character] { Array(text) }

    private var lineStart: Int {
        let chars = characters
        var i = cursor
        while i > 0, chars[i - 1] != "\n" { i -= 1 }
        return i
    }

    private var lineEnd: Int {
        let chars = characters
        var i = cursor
        while i < chars.count, chars[i] != "\n" { i += 1 }
        return i
    }

    private mutating func deleteWordBackward() {
        let chars = characters
        var i = cursor
        while i > 0, chars[i - 1] == " " { i -= 1 }
        while i > 0, chars[i - 1] != " ", chars[i - 1] != "\n" { i -= 1 }
        let from = text.index(text.startIndex, offsetBy: i)
        let to = text.index(text.startIndex, offsetBy: cursor)
        text.removeSubrange(from..<to)
        cursor = i
    }

    private mutating func moveVertically(_ delta: Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count)
        var (line, offset, consumed) = (0, cursor, 0)
        while line < lines.count - 1, offset > lines[line] {
            offset -= lines[line] + 1
            consumed += lines[line] + 1
            line += 1
        }
        let target = line + delta
        guard target >= 0, target < lines.count else { return }
        var start = 0
        for l in 0..<target { start += lines[l] + 1 }
        cursor = start + min(offset, lines[target])
        _ = consumed
    }

    /// The text of the cursor's line up to the cursor (for placing the terminal cursor).
    var beforeCursorOnLine: String {
        String(characters[lineStart..<cursor])
    }

    /// Index of the cursor's line.
    var cursorLine: Int {
        characters[0..<cursor].filter { $0 == "\n" }.count
    }
}
