/// The editing model of a one-line text field (search box, `:` command line, form fields):
/// text, a cursor between grapheme clusters, the usual editing keys, and horizontal scrolling
/// measured in display columns so accents, CJK and emoji edit correctly.
public struct TextInput: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// Cursor position as an index into ``characters`` (0...count).
    public private(set) var cursor: Int
    /// First visible character when the text is wider than the field.
    public private(set) var scroll: Int = 0

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Applies an editing key. Returns false for keys that are not editing keys (Enter, Tab,
    /// Esc, ...), which the form handles instead. Typed text is sanitised: control characters
    /// cannot enter a field.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            guard character.displayWidth > 0 || character == " " else { return true }
            characters.insert(character, at: cursor)
            cursor += 1
        case .backspace, .ctrl("h"):
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .left, .ctrl("b"): cursor = max(0, cursor - 1)
        case .right, .ctrl("f"): cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .ctrl("u"):
            characters.removeFirst(cursor)
            cursor = 0
        case .ctrl("k"):
            characters.removeLast(characters.count - cursor)
        case .ctrl("w"):
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        return true
    }

    /// Replaces the text (e.g. history recall) with the cursor at the end.
    public mutating func setText(_ text: String) {
        characters = Array(text)
        cursor = characters.count
        scroll = 0
    }

    /// The part of the text to show in a field `width` columns wide, and the cursor's column
    /// within it. Scrolls just enough to keep the cursor visible.
    public mutating func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        scroll = min(scroll, cursor)
        // Move the window right until the cursor fits (leaving one column for it at the end).
        while DisplayWidth.of(String(characters[scroll..<cursor])) > width - 1, scroll < cursor { scroll += 1 }
        let shown = TextFitting.prefix(String(characters[scroll...]), width: width)
        return (shown, DisplayWidth.of(String(characters[scroll..<cursor])))
    }
}
