import Foundation

public enum ToastKind: Sendable, Equatable {
    case info, success, error
}

/// A message above the status bar that fades: it dims in its last second and then goes.
public struct Toast: Sendable, Equatable {
    public var text: String
    public var kind: ToastKind
    public var shownAt: Date

    public init(_ text: String, kind: ToastKind, shownAt: Date) {
        self.text = text
        self.kind = kind
        self.shownAt = shownAt
    }

    /// Errors stay longer: they usually need reading twice.
    public var lifetime: TimeInterval { kind == .error ? 8 : 4 }

    public func isExpired(at now: Date) -> Bool { now.timeIntervalSince(shownAt) >= lifetime }
    public func isFading(at now: Date) -> Bool { now.timeIntervalSince(shownAt) >= lifetime - 1 }
}
