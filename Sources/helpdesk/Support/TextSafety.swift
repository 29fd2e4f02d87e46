/// Makes untrusted ticket text harmless for a terminal: control characters, escape
/// sequences and bidi overrides become visible placeholders instead of being interpreted.
enum TextSafety {
    static func clean(_ text: String, keepNewlines: Bool = true) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where keepNewlines, 0x09:
                out.append(scalar)
            case 0x1B:
                out.append(contentsOf: "␛".unicodeScalars)
            case 0x00...0x1F:
                out.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                out.append(contentsOf: "␡".unicodeScalars)
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                out.append(contentsOf: String(format: "<U+%04X>", scalar.value).unicodeScalars)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}

import Foundation
