extension String {
    /// The string without leading and trailing white space and newlines.
    ///
    /// Native Swift rather than Foundation's `trimmingCharacters(in:)`, which bridges through
    /// NSString and showed up in bulk-write profiles.
    public var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }

    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
