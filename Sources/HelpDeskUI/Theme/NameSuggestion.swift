import HelpDeskCore

/// "did you mean …?" for a misspelt role or action name in a theme or keys file.
///
/// Each known name's distance is computed once and bounded (``EditDistance``), so a generated
/// file with thousands of unknown names is still checked in a moment.
enum NameSuggestion {
    /// Hints are offered for the first mistakes of a file only: a file with thousands of
    /// unknown names is not a typo, and each hint costs an edit-distance scan.
    static let limit = 100

    /// The known name nearest to `name` within `maximum` edits (the first of equals), or nil.
    static func closest(to name: String, among known: [String], maximum: Int) -> String? {
        // Each candidate is bounded by the best distance so far, so most give up early.
        let typed = Array(name.utf8)
        var best: (name: String, distance: Int)?
        for candidate in known {
            let bound = min(maximum, (best?.distance ?? maximum + 1) - 1)
            guard bound >= 0, let d = EditDistance.distance(Array(candidate.utf8), typed, maximum: bound) else { continue }
            best = (candidate, d)
        }
        return best?.name
    }

    /// ` (did you mean "x"?)`, or "" when nothing is close.
    static func hint(for name: String, among known: [String], maximum: Int) -> String {
        closest(to: name, among: known, maximum: maximum).map { " (did you mean \"\($0)\"?)" } ?? ""
    }
}
