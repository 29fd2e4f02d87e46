import CNcursesw

/// The ncurses library version string, for `helpdesk --version` and bug reports.
public enum CursesVersion {
    public static var string: String { String(cString: curses_version()) }
}
