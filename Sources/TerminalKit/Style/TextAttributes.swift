/// Text attributes a terminal can show independently of colour. On terminals without colour
/// (vt100, `NO_COLOR`) these carry all the emphasis, so selection uses `reverse` there.
public struct TextAttributes: OptionSet, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let reverse = TextAttributes(rawValue: 1 << 3)
    public static let italic = TextAttributes(rawValue: 1 << 4)

    /// Names as used in theme files and styled snapshots, in a fixed order.
    public static let named: [(name: String, value: TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse), ("italic", .italic),
    ]

    /// The attribute with this theme-file name, or nil.
    public init?(name: String) {
        guard let match = Self.named.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = match.value
    }

    /// The set names joined with `+` (`bold+reverse`), or empty.
    public var description: String {
        Self.named.filter { contains($0.value) }.map(\.name).joined(separator: "+")
    }
}
