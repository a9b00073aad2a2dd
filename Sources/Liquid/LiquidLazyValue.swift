import Foundation

/// A value computed the first time a template reads it, then kept: the host
/// offers `site.posts` or a post's excerpt this way, so that templates that
/// never read them cost nothing.
public final class LiquidLazyValue: @unchecked Sendable {
    private let make: @Sendable () -> LiquidValue
    private var computed: LiquidValue?
    private var computing = false
    // Recursive, so that a value whose computation reads itself gets nil instead of a deadlock.
    private let lock = NSRecursiveLock()

    public init(_ make: @escaping @Sendable () -> LiquidValue) {
        self.make = make
    }

    public var value: LiquidValue {
        lock.lock()
        defer { lock.unlock() }
        if let computed { return computed }
        guard !computing else { return .nil }
        computing = true
        let value = make()
        computed = value
        computing = false
        return value
    }
}
