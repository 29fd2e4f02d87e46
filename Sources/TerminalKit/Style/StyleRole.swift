/// Every kind of thing the UI colours. A closed set, so themes are checked against it, every
/// role has a colour in every theme, and screens never invent colours of their own.
///
/// The raw value is the key used in theme files (`[roles] atRisk = { fg = "color214" }`).
public enum StyleRole: String, CaseIterable, Sendable, Hashable, Codable, Comparable {
    // Frame
    /// Ordinary text on the screen background.
    case normal
    /// The title bar (row 1): product, screen, agent, clock.
    case title
    /// Live counters in the title bar (`mine 4 · new 12`).
    case titleCounter
    /// The status bar (last row) background and its descriptions.
    case statusBar
    /// A key in the status bar (`t` in `t take`).
    case statusKey
    /// A transient message above the status bar.
    case toast
    /// A transient error message above the status bar.
    case toastError
    /// The `:` command line.
    case commandLine

    // Lists and panes
    /// Column headers of a list (`P  #  SLA  Subject`).
    case header
    /// Section headings inside a pane (`MY TICKETS`, `SUGGESTED ARTICLES`).
    case section
    /// The cursor row in the focused list.
    case selected
    /// The cursor row in a list that does not have focus.
    case selectedInactive
    /// Secondary text: timestamps, ids, hints.
    case dim
    /// Box and separator lines.
    case border
    /// The border of the focused pane or dialog.
    case borderFocused
    /// Search matches inside text.
    case highlight

    // Urgency and state
    case p1, p2, p3, p4
    /// SLA already breached (`-0:12`).
    case breached
    /// SLA at risk (`!1:05`).
    case atRisk
    /// SLA comfortably within target.
    case ok
    /// Escalated-in marker and escalation banners (`▲`).
    case escalated
    /// Sent-back marker (`↩`).
    case sentBack
    /// Unread-change marker (`●`).
    case unread
    /// Resolved or closed tickets.
    case resolved

    // Ticket timeline
    /// A reply to the requester.
    case reply
    /// A note visible to the requester.
    case note
    /// An internal note (agents only): must never look like a reply.
    case internalNote
    /// System events: created, taken, status changes.
    case event
    /// The hand-off box shown on escalated tickets.
    case handoff

    // Messages
    case error, warning, success, info

    // Forms and dialogs
    /// A field label (`Requester`).
    case label
    /// The required-field marker and required labels.
    case required
    /// An input field without focus.
    case input
    /// The input field that has focus.
    case inputFocused
    /// Placeholder text inside an empty field.
    case placeholder
    /// A button or choice without focus.
    case button
    /// The focused button or choice.
    case buttonFocused
    /// Wizard step done (`1 Target ✓`).
    case stepDone
    /// The current wizard step.
    case stepCurrent
    /// A wizard step still to come.
    case stepPending
    /// A modal overlay (help, confirm) background.
    case overlay

    // Dashboard
    /// Bars and sparklines.
    case chart
    /// Bars over a limit (an agent over capacity).
    case chartAlert

    // Knowledge base reader
    case heading
    case link
    case code
    case quote
    case emphasis
    case strong

    public static func < (lhs: StyleRole, rhs: StyleRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
