import FeedWriters

extension StarterConfig {
    /// A config.json being translated from another generator's config: its
    /// keys in order, a note saying where each came from, and what could not be carried over.
    struct Translation {
        var members: [(String, JSONOutput?)] = []
        var notes: [String] = []
        var untranslated: [String] = []
        var kept: [String] = []

        mutating func set(_ key: String, _ value: JSONOutput, from source: String) {
            members.append((key, value))
            notes.append("\(key): from \(source)")
        }

        var starter: StarterConfig {
            StarterConfig(json: JSONOutput.object(members).serialized(), notes: notes, untranslated: untranslated, kept: kept)
        }
    }
}
