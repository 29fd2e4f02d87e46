import Foundation
import TerminalKit

/// A colour as written in a theme file: a palette name (`red`, `brightblue`), a 256-colour
/// index (`color208`), an RGB hex value (`#ff8800`, mapped to the nearest of the 256 colours),
/// or `default` (the terminal's own colour).
public enum ColorSpec: Hashable, Sendable {
    case terminalDefault
    case indexed(UInt8)

    /// The 16 ANSI names in index order; `gray`/`grey` are accepted for `brightblack`.
    public static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "brightblack", "brightred", "brightgreen", "brightyellow", "brightblue", "brightmagenta", "brightcyan", "brightwhite",
    ]

    /// Parses a colour; nil if it is none of the accepted forms.
    public init?(parsing text: String) {
        let name = text.lowercased().replacingOccurrences(of: "_", with: "").replacingOccurrences(of: "-", with: "")
        if name == "default" || name == "none" {
            self = .terminalDefault
        } else if let index = Self.ansiNames.firstIndex(of: name) {
            self = .indexed(UInt8(index))
        } else if name == "gray" || name == "grey" {
            self = .indexed(8)
        } else if name.hasPrefix("color"), let index = Int(name.dropFirst(5)), (0...255).contains(index) {
            self = .indexed(UInt8(index))
        } else if name.hasPrefix("#"), name.count == 7, let rgb = Int(name.dropFirst(), radix: 16) {
            self = .indexed(XtermPalette.nearest256(red: (rgb >> 16) & 0xFF, green: (rgb >> 8) & 0xFF, blue: rgb & 0xFF))
        } else {
            return nil
        }
    }

    public var terminalColor: TerminalColor {
        switch self {
        case .terminalDefault: return .default
        case .indexed(let index): return .indexed(index)
        }
    }

    /// The closest of the 16 ANSI colours, used when a theme gives no explicit 16-colour fallback.
    public var nearest16: TerminalColor {
        switch self {
        case .terminalDefault: return .default
        case .indexed(let index): return .indexed(index < 16 ? index : XtermPalette.nearest16(to: index))
        }
    }
}

/// The standard xterm 256-colour palette, for mapping RGB values and picking 16-colour fallbacks.
enum XtermPalette {
    /// RGB of a palette index (xterm defaults for 0–15).
    static func rgb(_ index: UInt8) -> (Int, Int, Int) {
        let ansi: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        let i = Int(index)
        if i < 16 { return ansi[i] }
        if i < 232 {
            let levels = [0, 95, 135, 175, 215, 255]
            let c = i - 16
            return (levels[c / 36], levels[(c / 6) % 6], levels[c % 6])
        }
        let gray = 8 + (i - 232) * 10
        return (gray, gray, gray)
    }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let dr = a.0 - b.0, dg = a.1 - b.1, db = a.2 - b.2
        return dr * dr + dg * dg + db * db
    }

    /// The index 16–255 closest to an RGB value (0–15 vary between terminal colour schemes).
    static func nearest256(red: Int, green: Int, blue: Int) -> UInt8 {
        let target = (red, green, blue)
        let best = (16...255).min { distance(rgb(UInt8($0)), target) < distance(rgb(UInt8($1)), target) }!
        return UInt8(best)
    }

    /// The ANSI index 0–15 closest to a palette index, keeping its kind: a coloured index maps to
    /// one of the twelve colours, a grey to black, white or their bright forms.
    ///
    /// By plain distance the muted tones themes like (`color110` steel blue, `color180` tan) land on
    /// bright black, a grey that 8-colour terminals draw as bold black, nearly invisible on a dark
    /// background; by kind they stay blue and yellow.
    static func nearest16(to index: UInt8) -> UInt8 {
        let target = rgb(index)
        let chroma = max(target.0, target.1, target.2) - min(target.0, target.1, target.2)
        let candidates = chroma >= 48 ? [1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14] : [0, 7, 8, 15]
        let best = candidates.min { distance(rgb(UInt8($0)), target) < distance(rgb(UInt8($1)), target) }!
        return UInt8(best)
    }
}
