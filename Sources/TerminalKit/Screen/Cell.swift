/// One character cell of the screen. A wide character (CJK, emoji) occupies two cells: the
/// first holds the character with `width == 2`, the second is a continuation (`width == 0`)
/// that is never drawn on its own, so a wide character can never be half overwritten.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown in this cell (a space when blank; a space in continuation cells).
    public var character: Character
    public var role: StyleRole
    public var attributes: TextAttributes
    /// Columns the character takes: 1, 2 (wide), or 0 for the second half of a wide character.
    public private(set) var width: UInt8

    public init(_ character: Character = " ", role: StyleRole = .normal, attributes: TextAttributes = []) {
        self.character = character
        self.role = role
        self.attributes = attributes
        self.width = character.displayWidth >= 2 ? 2 : 1
    }

    init(character: Character, width: UInt8, role: StyleRole, attributes: TextAttributes) {
        self.character = character
        self.role = role
        self.attributes = attributes
        self.width = width
    }

    /// The second half of a wide character styled like its first half.
    static func continuation(of lead: Cell) -> Cell {
        Cell(character: " ", width: 0, role: lead.role, attributes: lead.attributes)
    }

    /// True for the second half of a wide character.
    public var isContinuation: Bool { width == 0 }

    /// An empty cell in the normal role.
    public static let blank = Cell()
}
