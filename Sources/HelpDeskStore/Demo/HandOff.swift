import Foundation

/// A bounded queue between one producing thread and one consuming thread.
///
/// The demo plays and encodes tickets on one thread while SQLite writes the previous batch on
/// the caller's: the two halves cost about the same, so on two cores the load takes half the
/// time. The bound keeps memory flat (a few batches in flight) whichever side is slower.
final class HandOff<Item: Sendable>: @unchecked Sendable {
    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var items: [Item] = []
    private let capacity: Int
    private var closed = false
    private var cancelled = false

    init(capacity: Int) { self.capacity = capacity }

    /// Waits for room, then queues `item`. False once the consumer has cancelled: stop producing.
    func put(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// The producer's last call: nothing more will come.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the next item; nil once the producer has closed and everything was taken.
    func take() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty && !closed { condition.wait() }
        guard !items.isEmpty else { return nil }
        condition.broadcast()
        return items.removeFirst()
    }

    /// The consumer gives up (an error): a waiting or later `put` returns false.
    func cancel() {
        condition.lock()
        cancelled = true
        items.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    /// Runs `produce` on a new thread, feeding `handOff`, and returns a wait for its end.
    static func produce(into handOff: HandOff, _ produce: @escaping @Sendable (HandOff) -> Void) -> () -> Void {
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            produce(handOff)
            handOff.close()
            finished.signal()
        }
        thread.name = "helpdesk-producer"
        thread.start()
        return { finished.wait() }
    }
}
