import HelpDeskCore
import TerminalKit

/// The UI layer's entry points live here once the app shell lands.
public enum HelpDeskUIInfo {
    public static let minimumSize = TerminalSize.minimum
}
