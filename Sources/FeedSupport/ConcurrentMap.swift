import Dispatch

extension Array where Element: Sendable {
    /// `map`, spread over `threads` threads in chunks; the results are in the
    /// elements' order whatever the scheduling, so the output never depends on it.
    package func concurrentMap<Result: Sendable>(threads: Int, _ transform: @Sendable (Element) -> Result) -> [Result] {
        guard threads > 1, count > 1 else { return map(transform) }
        // Eight chunks per thread even out uneven elements; 20 posts to render
        // are 20 chunks, or one thread would get most of them.
        let chunkSize = Swift.max(1, count / (threads * 8))
        let chunks = stride(from: 0, to: count, by: chunkSize).map { $0..<Swift.min($0 + chunkSize, count) }
        let results = UnsafeMutableBufferPointer<Result>.allocate(capacity: count)
        // Each index is initialised by exactly one chunk, so the slots never race.
        nonisolated(unsafe) let slots = results
        withoutActuallyEscaping(transform) { transform in
            let elements = self
            DispatchQueue.concurrentPerform(iterations: chunks.count) { chunk in
                for index in chunks[chunk] {
                    (slots.baseAddress! + index).initialize(to: transform(elements[index]))
                }
            }
        }
        defer { results.deinitialize().deallocate() }
        return [Result](results)
    }
}
