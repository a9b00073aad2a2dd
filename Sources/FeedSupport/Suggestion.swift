/// The candidate closest to a misspelt word, for "did you mean" hints.
package func suggestion(for word: String, among candidates: some Sequence<String>) -> String? {
    let target = Array(word.lowercased())
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(target, Array(candidate.lowercased()))
        if distance <= max(2, target.count / 3), distance < (best?.distance ?? .max) {
            best = (candidate, distance)
        }
    }
    return best?.candidate
}

/// The hint a message ends with when `word` looks like a misspelling of one
/// of `candidates` (` (did you mean "title"?)`), else nothing.
package func didYouMean(_ word: String, among candidates: some Sequence<String>) -> String {
    didYouMean(suggestion(for: word, among: candidates))
}

/// ` (did you mean "title"?)` for a suggestion, nothing without one: how a
/// reason's message ends when it carries one.
package func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { " (did you mean \"\($0)\"?)" } ?? ""
}

/// Levenshtein distance, with an adjacent swap counting as one edit.
private func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                current[j] = min(current[j], previous2[j - 2] + 1)
            }
        }
        (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
}
