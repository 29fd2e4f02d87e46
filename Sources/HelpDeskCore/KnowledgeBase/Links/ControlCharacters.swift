import Foundation

/// Control characters and bidi overrides in text people typed: what neither an article body
/// nor a search key should keep (terminals still sanitise whatever they draw).
enum ControlCharacters {
    static func isUnwanted(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// Each unwanted scalar replaced (nil: dropped); `keep` scalars survive even if they are controls.
    static func replacing(in text: String, with replacement: Unicode.Scalar?, keep: Set<Unicode.Scalar> = []) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keep.contains(scalar) || !isUnwanted(scalar) { scalars.append(scalar) } else if let replacement { scalars.append(replacement) }
        }
        return String(scalars)
    }
}
