import Foundation
import Synchronization
import Testing
@testable import HelpDeskStore

/// The demo's producer thread hands batches to the writer through `HandOff`: every item
/// arrives once and in order, and a writer that fails stops the producer instead of leaving
/// it blocked forever.
@Suite("Hand-off between threads")
struct HandOffTests {
    @Test("items arrive in order through a queue of one")
    func inOrder() {
        let queue = HandOff<Int>(capacity: 1)
        let wait = HandOff.produce(into: queue) { queue in
            for i in 0..<1_000 { guard queue.put(i) else { return } }
        }
        var received: [Int] = []
        while let item = queue.take() { received.append(item) }
        wait()
        #expect(received == Array(0..<1_000))
    }

    @Test("a consumer that gives up releases a producer waiting for room")
    func cancelled() {
        let queue = HandOff<Int>(capacity: 2)
        let refused = Mutex(false)
        let wait = HandOff.produce(into: queue) { queue in
            for i in 0... {
                guard queue.put(i) else {
                    refused.withLock { $0 = true }
                    return
                }
            }
        }
        #expect(queue.take() == 0)
        queue.cancel()
        wait()
        #expect(refused.withLock { $0 })
        #expect(queue.take() == nil)
    }
}
