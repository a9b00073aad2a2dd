import FeedModel
import FeedSupport

/// "A person", read by one set of rules wherever a site names one: config.json's
/// `author` and `authors`, an authors file (Jekyll's `_data/authors.yml`), front
/// matter `author`/`authors`, and `feedgen init`'s translation of a Jekyll or Hugo
/// author. A person is a string (a name, or in front matter the key of one of
/// the site's authors, as jekyll-feed looks it up in `site.data.authors`), or a
/// map of the fields below, each spelt as the tools and themes that read it spell it.
/// The parser says what is wrong and where (the caller's `Origin`); each caller
/// decides which problems its format reports, and in what words.
package enum PersonParser {
    package enum Reading: Equatable, Sendable {
        /// The string form, as written (possibly empty).
        case named(String)
        /// The map form; `name` is never empty.
        case person(Person)
    }

    package enum Problem<Origin> {
        /// Neither a string, nor a map, nor null (a list, or in JSON a number).
        case notAPerson(Origin)
        /// A field none of the tools reads (themes add their own: `twitter`, `avatar`, `bio`…).
        case unknownField(String, Origin)
        /// A field whose value is not text; the field is left out.
        case fieldNotText(String, Origin)
        /// A map without a name, or with an empty one: no person.
        case noName(Origin)
        /// A page that is not an absolute http(s) URL (the origin is the map's); the person keeps it.
        case relativeURL(field: String, url: String, Origin)
    }

    /// Each of a person's fields, its spellings in the order they win when a map has more
    /// than one: `uri` is jekyll-feed's (and Atom's), `url` config.json's, Hugo's and
    /// jekyll-seo-tag's, `web` and `display_name` those of theme authors files.
    static let nameFields = ["name", "display_name"]
    static let emailFields = ["email"]
    static let urlFields = ["uri", "url", "web"]
    /// Every field, feedgen's own spelling first (for "did you mean").
    package static let fieldNames = ["name", "email", "url", "uri", "display_name", "web"]

    package static func read<Origin>(_ source: PersonSource<Origin>) -> (reading: Reading?, problems: [Problem<Origin>]) {
        switch source.shape {
        case .text(let name): return (.named(name), [])
        case .null: return (nil, [])
        case .other: return (nil, [.notAPerson(source.origin)])
        case .fields(let fields): return read(fields, of: source.origin)
        }
    }

    /// The field written for one of a person's slots, and the rank of its spelling.
    private struct Written {
        var field: String
        var text: String
        var rank: Int

        /// `candidate` replaces `current` when its spelling ranks higher, or the same (written later).
        static func pick(_ current: Written?, _ candidate: Written) -> Written {
            guard let current, current.rank < candidate.rank else { return candidate }
            return current
        }
    }

    private static func read<Origin>(_ fields: [(name: String, value: PersonSource<Origin>)], of origin: Origin) -> (reading: Reading?, problems: [Problem<Origin>]) {
        var problems: [Problem<Origin>] = []
        var name, email, url: Written?
        for (field, value) in fields {
            let slot: Int
            let rank: Int
            if let index = nameFields.firstIndex(of: field) {
                (slot, rank) = (0, index)
            } else if let index = emailFields.firstIndex(of: field) {
                (slot, rank) = (1, index)
            } else if let index = urlFields.firstIndex(of: field) {
                (slot, rank) = (2, index)
            } else {
                problems.append(.unknownField(field, value.origin))
                continue
            }
            let text: String
            switch value.shape {
            case .text(let written): text = written
            case .null: continue
            case .fields, .other:
                problems.append(.fieldNotText(field, value.origin))
                continue
            }
            let written = Written(field: field, text: text, rank: rank)
            switch slot {
            case 0: name = Written.pick(name, written)
            case 1: email = Written.pick(email, written)
            default: url = Written.pick(url, written)
            }
        }
        guard let name, !name.text.isEmpty else {
            problems.append(.noName(origin))
            return (nil, problems)
        }
        if let url, !AbsoluteURL.isAbsoluteHTTP(url.text) {
            problems.append(.relativeURL(field: url.field, url: url.text, origin))
        }
        return (.person(Person(name: name.text, email: email?.text, url: url?.text)), problems)
    }
}

extension PersonParser.Problem: Equatable where Origin: Equatable {}
