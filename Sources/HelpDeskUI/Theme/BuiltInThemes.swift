import TerminalKit

/// The theme compiled into the binary, used when no theme file can be found. It must stay
/// identical to `themes/default.toml` (a test checks), so users can copy that file as a start.
public enum BuiltInThemes {
    /// Dark-friendly colours on the terminal's own background.
    public static let `default` = ThemeDocument(
        name: "default",
        description: "Balanced colours on the terminal's own background; works on dark and light schemes.",
        roles: [
            .normal: spec(),
            .title: spec("color231", "color24", fg16: "brightwhite", bg16: "blue", attrs: "bold", mono: "reverse+bold"),
            .titleCounter: spec("color229", "color24", fg16: "brightyellow", bg16: "blue", mono: "reverse"),
            .statusBar: spec("color252", "color236", fg16: "black", bg16: "white", mono: "reverse"),
            .statusKey: spec("color229", "color236", fg16: "blue", bg16: "white", attrs: "bold", mono: "reverse+bold"),
            .toast: spec("color229", attrs: "bold"),
            .toastError: spec("color231", "color124", fg16: "brightwhite", bg16: "red", attrs: "bold", mono: "reverse+bold"),
            .commandLine: spec("color255"),
            .header: spec("color110", attrs: "bold", mono: "bold+underline"),
            .section: spec("color180", attrs: "bold"),
            .selected: spec("color231", "color25", fg16: "brightwhite", bg16: "blue", mono: "reverse"),
            .selectedInactive: spec("default", "color238", bg16: "brightblack", mono: "underline"),
            .dim: spec("color244", fg16: "brightblack", mono: "dim"),
            .border: spec("color240", fg16: "brightblack"),
            .borderFocused: spec("color75", attrs: "bold"),
            .highlight: spec("color16", "color220", fg16: "black", bg16: "yellow", mono: "underline+bold"),
            .p1: spec("color196", attrs: "bold"),
            .p2: spec("color208", fg16: "yellow", mono: "bold"),
            .p3: spec("color252"),
            .p4: spec("color244", fg16: "brightblack", mono: "dim"),
            .breached: spec("color231", "color160", fg16: "brightwhite", bg16: "red", attrs: "bold", mono: "reverse+bold"),
            .atRisk: spec("color214", fg16: "yellow", attrs: "bold"),
            .ok: spec("color114", fg16: "green"),
            .escalated: spec("color213", fg16: "magenta", attrs: "bold"),
            .sentBack: spec("color180", fg16: "yellow"),
            .unread: spec("color81", fg16: "cyan", attrs: "bold"),
            .resolved: spec("color108", fg16: "green", mono: "dim"),
            .reply: spec("color117", fg16: "cyan"),
            .note: spec("color187"),
            .internalNote: spec("color221", fg16: "yellow", attrs: "italic", mono: "italic+underline"),
            .event: spec("color246", fg16: "brightblack", mono: "dim"),
            .handoff: spec("color183", fg16: "magenta"),
            .error: spec("color203", fg16: "red", attrs: "bold"),
            .warning: spec("color214", fg16: "yellow", attrs: "bold"),
            .success: spec("color114", fg16: "green"),
            .info: spec("color117", fg16: "cyan"),
            .label: spec("color250"),
            .required: spec("color203", fg16: "red", mono: "bold"),
            .input: spec("default", "color236", bg16: "black", mono: "underline"),
            .inputFocused: spec("color231", "color24", fg16: "brightwhite", bg16: "blue", mono: "reverse"),
            .placeholder: spec("color242", fg16: "brightblack", attrs: "italic", mono: "dim"),
            .button: spec("color252", "color238", fg16: "white", bg16: "brightblack", mono: "bold"),
            .buttonFocused: spec("color231", "color25", fg16: "brightwhite", bg16: "blue", attrs: "bold", mono: "reverse+bold"),
            .stepDone: spec("color114", fg16: "green"),
            .stepCurrent: spec("color231", "color25", fg16: "brightwhite", bg16: "blue", attrs: "bold", mono: "reverse+bold"),
            .stepPending: spec("color244", fg16: "brightblack", mono: "dim"),
            .overlay: spec("color252", "color235", fg16: "white", bg16: "black"),
            .chart: spec("color75", fg16: "blue"),
            .chartAlert: spec("color203", fg16: "red", mono: "bold"),
            .heading: spec("color75", fg16: "brightblue", attrs: "bold", mono: "bold+underline"),
            .link: spec("color117", fg16: "cyan", attrs: "underline"),
            .code: spec("color180", "color235", fg16: "yellow", bg16: "black"),
            .quote: spec("color248", attrs: "italic"),
            .emphasis: spec(attrs: "italic"),
            .strong: spec(attrs: "bold"),
        ],
        screens: [
            "dashboard": [
                .section: spec("color75", fg16: "brightblue", attrs: "bold"),
            ],
        ]
    )

    /// Builds a role entry from the same strings a theme file uses, so this file reads like
    /// `themes/default.toml`. Invalid strings are programmer errors caught by the tests.
    static func spec(
        _ fg: String = "default", _ bg: String = "default", fg16: String? = nil, bg16: String? = nil,
        attrs: String = "", mono: String? = nil
    ) -> RoleSpec {
        RoleSpec(
            fg: ColorSpec(parsing: fg)!, bg: ColorSpec(parsing: bg)!,
            fg16: fg16.map { ColorSpec(parsing: $0)! }, bg16: bg16.map { ColorSpec(parsing: $0)! },
            attrs: attributes(attrs), mono: mono.map(attributes)
        )
    }

    static func attributes(_ names: String) -> TextAttributes {
        var result: TextAttributes = []
        for name in names.split(separator: "+") { result.insert(TextAttributes(name: String(name))!) }
        return result
    }
}
