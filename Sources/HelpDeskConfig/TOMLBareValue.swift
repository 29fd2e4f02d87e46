/// The unquoted values of TOML 1.0: booleans, integers, floats, dates and times, matched
/// by hand against the grammar (ABNF in toml.io) so that `TOMLSyntaxChecker` passes toml++ only
/// tokens of a shape it was written for.
enum TOMLBareValue {
    static func isValid(_ token: String) -> Bool {
        let c = Array(token.unicodeScalars)
        guard !c.isEmpty else { return false }
        if token == "true" || token == "false" { return true }
        return isInteger(c) || isFloat(c) || isDateTime(c)
    }

    // MARK: Numbers

    static func isInteger(_ c: [Unicode.Scalar]) -> Bool {
        if c.count > 2, c[0] == "0" {
            let rest = Array(c[2...])
            switch c[1] {
            case "x": return isDigitRun(rest) { ("0"..."9").contains($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0) }
            case "o": return isDigitRun(rest) { ("0"..."7").contains($0) }
            case "b": return isDigitRun(rest) { $0 == "0" || $0 == "1" }
            default: break
            }
        }
        return isDecimal(c)
    }

    /// `[+-]` then `0` or a digit run without a leading zero.
    private static func isDecimal(_ c: [Unicode.Scalar]) -> Bool {
        var digits = c[...]
        if let first = digits.first, first == "+" || first == "-" { digits = digits.dropFirst() }
        if digits.count == 1 && digits.first == "0" { return true }
        guard digits.first != "0" else { return false }
        return isDigitRun(Array(digits), TOMLSyntaxChecker.isDigit)
    }

    /// One or more digits, single underscores only between digits.
    private static func isDigitRun(_ c: [Unicode.Scalar], _ isDigit: (Unicode.Scalar) -> Bool) -> Bool {
        guard let first = c.first, let last = c.last, isDigit(first), isDigit(last) else { return false }
        var previousUnderscore = false
        for x in c {
            if x == "_" {
                if previousUnderscore { return false }
                previousUnderscore = true
            } else if isDigit(x) {
                previousUnderscore = false
            } else {
                return false
            }
        }
        return true
    }

    static func isFloat(_ c: [Unicode.Scalar]) -> Bool {
        var body = c[...]
        if let first = body.first, first == "+" || first == "-" { body = body.dropFirst() }
        let word = String(String.UnicodeScalarView(body))
        if word == "inf" || word == "nan" { return true }
        let exponentAt = body.firstIndex { $0 == "e" || $0 == "E" }
        let mantissa = body[..<(exponentAt ?? body.endIndex)]
        let pointAt = mantissa.firstIndex(of: ".")
        guard isDecimal(Array(c[..<(pointAt ?? mantissa.endIndex)])) else { return false }
        if let pointAt {
            guard isDigitRun(Array(mantissa[(pointAt + 1)...]), TOMLSyntaxChecker.isDigit) else { return false }
        }
        if let exponentAt {
            var exponent = body[(exponentAt + 1)...]
            if let first = exponent.first, first == "+" || first == "-" { exponent = exponent.dropFirst() }
            guard isDigitRun(Array(exponent), TOMLSyntaxChecker.isDigit) else { return false }
        }
        return pointAt != nil || exponentAt != nil
    }

    // MARK: Dates and times

    /// `1979-05-27`, `07:32:00(.999)`, `1979-05-27T07:32:00(.999)(Z|±hh:mm)`, with `T`, `t` or
    /// a space between date and time.
    static func isDateTime(_ c: [Unicode.Scalar]) -> Bool {
        if isFullDate(c) { return true }
        if isPartialTime(c[...]) { return true }
        guard c.count > 11, isFullDate(Array(c[..<10])), ["T", "t", " "].contains(c[10]) else { return false }
        var time = c[11...]
        if time.last == "Z" || time.last == "z" {
            time = time.dropLast()
        } else if time.count > 6, let sign = time.dropLast(5).last, sign == "+" || sign == "-",
                  matches(Array(time.suffix(5)), "dd:dd") {
            time = time.dropLast(6)
        }
        return isPartialTime(time)
    }

    static func isFullDate(_ c: [Unicode.Scalar]) -> Bool { matches(c, "dddd-dd-dd") }

    /// `hh:mm:ss` with optional fraction.
    private static func isPartialTime(_ c: ArraySlice<Unicode.Scalar>) -> Bool {
        guard c.count >= 8, matches(Array(c.prefix(8)), "dd:dd:dd") else { return false }
        let fraction = c.dropFirst(8)
        if fraction.isEmpty { return true }
        return fraction.first == "." && fraction.count > 1 && fraction.dropFirst().allSatisfy(TOMLSyntaxChecker.isDigit)
    }

    /// `d` in the pattern is a digit; anything else is itself.
    private static func matches(_ c: [Unicode.Scalar], _ pattern: String) -> Bool {
        let p = Array(pattern.unicodeScalars)
        guard c.count == p.count else { return false }
        for (x, q) in zip(c, p) {
            if q == "d" ? !TOMLSyntaxChecker.isDigit(x) : x != q { return false }
        }
        return true
    }
}
