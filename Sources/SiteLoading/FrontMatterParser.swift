import FeedModel
import FeedSupport
import Liquid
import Yams

/// Reads front matter with Yams (`YAML.compose`) into a `FrontMatter`, one diagnostic
/// per key that has the wrong shape. Unknown keys are ignored, as themes use many.
/// TOML and JSON front matter are first turned into YAML (`FrontMatterConversion`),
/// so that the keys are interpreted in one place.
struct FrontMatterParser {
    let path: String
    /// File line of the front matter's first line.
    let firstLine: Int
    /// Hugo's reading of the keys: names in any case, `tags` and the other
    /// taxonomies as written (a string is one term), `published` a date,
    /// `url` and `summary` honoured, and these `taxonomies` (plural names) as categories.
    var hugo: HugoKeys?
    /// A Jekyll site's reading of plain scalars, Psych's (`title: 1.10` is "1.1"); feedgen's
    /// own layout keeps them as written.
    var psychScalars = false

    struct HugoKeys: Sendable, Equatable {
        var taxonomies: Set<String> = ["tags", "categories"]
        /// Keys the site's `[frontmatter]` takes dates from, beyond Hugo's own.
        var dateKeys: Set<String> = []
    }
    private(set) var diagnostics: [Diagnostic] = []
    /// Line of the key being read: a value of the wrong shape is reported
    /// there, where the author wrote the key, not where a block value starts.
    private var keyLine: Int?

    /// More YAML values than any real front matter holds: refusing documents
    /// whose aliases expand to more stops alias bombs (`&a [*b, *b, …]`)
    /// before anything walks them. Without aliases the values are bounded by
    /// the text, which Yams has already read in full.
    static let maximumValueCount = 10_000

    /// Jekyll's front matter `defaults:` for this post, merged under its own
    /// keys (maps key by key), so that every key reads the merged value.
    var defaults: Node.Mapping?

    init(path: String, firstLine: Int, defaults: Node.Mapping? = nil) {
        self.path = path
        self.firstLine = firstLine
        self.defaults = defaults
    }

    mutating func parse(_ text: String, format: FrontMatterBlock.Format) -> FrontMatter? {
        let yaml: String
        do {
            switch format {
            case .yaml: return parse(text)
            case .toml: yaml = try FrontMatterConversion.yaml(fromTOML: text)
            case .json: yaml = try FrontMatterConversion.yaml(fromJSON: text)
            }
        } catch {
            diagnostics.append(.error(SourceLocation(path: path, line: firstLine + error.line - 1), PostReason.frontMatterNotValid(language: format.name, error.message)))
            return nil
        }
        return parse(yaml)
    }

    mutating func parse(_ yaml: String) -> FrontMatter? {
        let root: Node?
        do {
            root = try YAML.compose(yaml)
        } catch {
            // Hugo and Jekyll keep the last of a key written twice (a PaperMod site's "draft: false … draft: true").
            if hugo != nil || psychScalars, error.isDuplicateKey, let kept = YAML.lastOfEachKey(yaml) {
                for (key, line, counting) in kept.repeated {
                    diagnostics.append(.warning(SourceLocation(path: path, line: firstLine + line - 1),
                                                PostReason.duplicateKey(key, countingLine: firstLine + counting - 1, generator: hugo != nil ? "Hugo" : "Jekyll")))
                }
                return parse(kept.text)
            }
            diagnostics.append(.error(SourceLocation(path: path, line: firstLine + error.line - 1), PostReason.frontMatterNotValid(language: "YAML", error.message)))
            return nil
        }
        guard let root else { return defaults.map { read($0) } ?? FrontMatter() }
        // Without an alias (`*name`) no value repeats, and Yams already built every one of them.
        var budget = Self.maximumValueCount
        guard !yaml.utf8.contains(UInt8(ascii: "*")) || Self.count(root, budget: &budget) else {
            diagnostics.append(.error(line(root), PostReason.tooManyValues(Self.maximumValueCount)))
            return nil
        }
        guard let mapping = root.mapping else {
            diagnostics.append(.error(line(root), PostReason.frontMatterNotAMap(kind: Self.kind(of: root))))
            return nil
        }
        // Jekyll's `defaults:` merge as Jekyll merges a post's data; Hugo's cascade as plain maps.
        return read(defaults.map { hugo == nil ? FrontMatterDefault.mergePost(mapping, over: $0) : FrontMatterDefault.merge(mapping, over: $0) } ?? mapping)
    }

    private mutating func read(_ mapping: Node.Mapping) -> FrontMatter {
        var matter = FrontMatter()
        var singularCategory: [String]?
        var singularTag: [String]?
        var author: [FrontMatter.AuthorReference] = [], authors: [FrontMatter.AuthorReference] = []
        for (keyNode, value) in mapping {
            guard let written = keyNode.scalar?.string else { continue }
            // Hugo reads every key in lower case (`publishDate` is `publishdate`).
            let key = hugo == nil ? written : written.lowercased()
            keyLine = lineNumber(keyNode)
            defer { keyLine = nil }
            if let hugo, hugoKey(key, value, taxonomies: hugo.taxonomies, into: &matter) { continue }
            if let hugo, hugo.dateKeys.contains(key) {
                matter.otherDates[key] = date(value, key: key)
                continue
            }
            switch key {
            case "title": matter.title = text(value, key: key)
            case "date": matter.date = date(value, key: key)
            case "last_modified_at", "updated", "modified", "lastmod": matter.updated = date(value, key: key)
            case "excerpt": matter.excerpt = text(value, key: key)
            case "description": matter.description = text(value, key: key)
            case "tags": matter.tags = words(value, key: key)
            case "tag": singularTag = names(value, key: key)
            case "categories": matter.categories = words(value, key: key)
            case "category": singularCategory = names(value, key: key)
            case "author": author = people(value, key: key)
            case "authors": authors = people(value, key: key)
            case "image": matter.image = image(value)
            case "permalink": matter.permalink = text(value, key: key).map { .init(value: $0, line: lineNumber(value)) }
            case "slug": matter.slug = text(value, key: key)
            case "published": matter.published = flag(value, key: key) ?? true
            case "draft": matter.draft = flag(value, key: key) ?? false
            case "lang", "language": matter.language = text(value, key: key)
            case "id": matter.id = text(value, key: key)
            case "enclosure", "enclosures": matter.enclosures += enclosures(value, key: key)
            case "publishDate", "publishdate", "pubdate":
                matter.publishDate = date(value, key: key)
            case "expiryDate", "expirydate", "unpublishdate":
                matter.expiryDate = date(value, key: key)
            default: continue
            }
        }
        // Jekyll: a singular `category`/`tag` is one name, even with spaces (or a list of
        // names). A `category` joins the `categories` (Document#populate_categories), and
        // jekyll-feed's entries list it alone (`{% if post.category %}`); a `tag` replaces the
        // `tags` (populate_tags).
        if let singularCategory, !singularCategory.isEmpty {
            matter.categories = (matter.categories + singularCategory).uniqued()
            matter.category = singularCategory
        }
        if let singularTag, !singularTag.isEmpty { matter.tags = singularTag }
        // `author` first, whatever the order of the keys: jekyll-feed names `post.author |
        // default: post.authors[0]`, which is then the first of them.
        matter.authors = author + authors
        return matter
    }

    /// The keys Hugo reads differently from Jekyll; `false` for the others.
    private mutating func hugoKey(_ key: String, _ value: Node, taxonomies: Set<String>, into matter: inout FrontMatter) -> Bool {
        switch key {
        case "published":
            // Hugo's `published` is its publish date; a true/false is still Jekyll's flag.
            guard let string = text(value, key: key), !["true", "false"].contains(string.lowercased()) else { return false }
            matter.publishDate = .init(value: string, line: lineNumber(value), isPlain: false)
        case "url": matter.permalink = text(value, key: key).map { .init(value: $0, line: lineNumber(value)) }
        case "summary": matter.excerpt = text(value, key: key)
        case "excerpt": break  // Jekyll's; Hugo's summary is `summary`
        case "weight": matter.weight = text(value, key: key).flatMap { Int($0) }
        case "headless":
            if flag(value, key: key) == true { matter.hugoListing = .never }
        case "_build", "build":
            // A page Hugo does not render has no link (Hugo's RSS lists it without one); one it does not list is in no feed.
            guard let options = value.mapping else { return true }
            for (option, setting) in options {
                guard let name = option.scalar?.string.lowercased(), let written = setting.scalar?.string.lowercased() else { continue }
                if name == "list" {
                    if written == "never" || written == "false" { matter.hugoListing = .never } else if written == "local", matter.hugoListing != .never { matter.hugoListing = .local }
                } else if name == "render", written == "never" || written == "false" {
                    matter.hugoListing = .never
                }
            }
        case "linktitle": matter.linkTitle = text(value, key: key)
        case "images":
            // The first of a page's `images` is its picture (Hugo's opengraph template).
            let first = value.scalar.map { [$0.string] } ?? words(value, key: key)
            if matter.image == nil, let path = first.first, !path.isEmpty { matter.image = FrontMatter.Image(path: path) }
        case "tags": matter.tags = terms(value, key: key)
        case _ where taxonomies.contains(key): matter.categories = (matter.categories + terms(value, key: key)).uniqued()
        default: return false
        }
        return true
    }

    /// Hugo's taxonomy terms: a list, or one string that is one term.
    private mutating func terms(_ node: Node, key: String) -> [String] {
        if let scalar = node.scalar { return YAML.isNull(scalar) || scalar.string.isEmpty ? [] : [scalar.string] }
        return words(node, key: key)
    }

    // MARK: - Shapes

    private mutating func text(_ node: Node, key: String) -> String? {
        guard let scalar = node.scalar else {
            fail(node, .notASingleValue(key, kind: Self.kind(of: node)))
            return nil
        }
        return YAML.isNull(scalar) ? nil : value(of: scalar)
    }

    /// A scalar's text; a plain one as the site's generator prints what its YAML reads
    /// (`YAMLScalarText`): on a Hugo site a YAML 1.1 boolean (`No`, `on`, `y`) is the `true`
    /// or `false` it is to Hugo 0.111 (`title: No` is the title "false") and `title: 1.10` is
    /// "1.1"; on a Jekyll site likewise as Psych reads it (`title: yes` is "true").
    private func value(of scalar: Node.Scalar) -> String {
        guard scalar.style == .plain else { return scalar.string }
        if hugo != nil { return YAMLScalarText.goYAML(scalar.string) }
        return psychScalars ? YAMLScalarText.psych(scalar.string) : scalar.string
    }

    private mutating func date(_ node: Node, key: String) -> FrontMatter.DateField? {
        // Jekyll's YAML reads an unquoted timestamp itself; Hugo's front matter (TOML and JSON
        // arrive here as YAML) is read by Hugo's own date rules.
        text(node, key: key).map { .init(value: $0, line: lineNumber(node), isPlain: hugo == nil && node.scalar?.style == .plain) }
    }

    private mutating func flag(_ node: Node, key: String) -> Bool? {
        guard let string = text(node, key: key) else { return nil }
        switch string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            fail(node, .notABoolean(key, written: string))
            return nil
        }
    }

    /// Jekyll's `pluralized_array`: a list, or one string split on white space.
    private mutating func words(_ node: Node, key: String) -> [String] {
        if let scalar = node.scalar {
            return YAML.isNull(scalar) ? [] : value(of: scalar).split(whereSeparator: \.isWhitespace).map(String.init)
        }
        guard let sequence = node.sequence else {
            fail(node, .notAListOrString(key, kind: Self.kind(of: node)))
            return []
        }
        var words: [String] = []
        for element in sequence {
            guard let scalar = element.scalar else {
                failElement(element, .eachNotASingleValue(key, kind: Self.kind(of: element)))
                continue
            }
            if !scalar.string.isEmpty { words.append(value(of: scalar)) }
        }
        return words
    }

    /// Jekyll's singular `category` and `tag` (`pluralized_array_from_hash`): one name, spaces
    /// and all, or a list of names; `nil` when null, so that the plural key counts.
    private mutating func names(_ node: Node, key: String) -> [String]? {
        if let scalar = node.scalar { return YAML.isNull(scalar) ? nil : [value(of: scalar)].filter { !$0.isEmpty } }
        return words(node, key: key)
    }

    /// A list of people, or one (`PersonParser`): a string is the key of one of the
    /// site's authors, or a name. Theme fields (`twitter`, `picture`…) are ignored.
    private mutating func people(_ node: Node, key: String) -> [FrontMatter.AuthorReference] {
        if let sequence = node.sequence { return sequence.flatMap { people($0, key: key) } }
        let (reading, problems) = PersonParser.read(PersonSource(yaml: node))
        for problem in problems {
            switch problem {
            case .fieldNotText(let field, let value): fail(value, .notASingleValue("\(key).\(field)", kind: Self.kind(of: value)))
            case .noName: fail(node, .personMapWithoutName(key))
            case .notAPerson, .unknownField, .relativeURL: continue
            }
        }
        switch reading {
        case .named(let name)?: return name.isEmpty ? [] : [.key(name)]
        case .person(let person)?: return [.person(person)]
        case nil: return []
        }
    }

    private mutating func image(_ node: Node) -> FrontMatter.Image? {
        if let scalar = node.scalar { return scalar.string.isEmpty ? nil : FrontMatter.Image(path: scalar.string) }
        guard let mapping = node.mapping else {
            fail(node, .imageNotValid(kind: Self.kind(of: node)))
            return nil
        }
        var image = FrontMatter.Image()
        for (field, value) in mapping {
            guard let name = field.scalar?.string else { continue }
            switch name {
            case "path", "url": image.path = text(value, key: "image.\(name)")
            case "feature": image.feature = text(value, key: "image.feature")
            case "teaser": image.teaser = text(value, key: "image.teaser")
            case "thumbnail": image.thumbnail = text(value, key: "image.thumbnail")
            case "alt": image.alt = text(value, key: "image.alt")
            default: continue
            }
        }
        return [image.path, image.feature, image.teaser, image.thumbnail].contains { $0 != nil } ? image : nil
    }

    private mutating func enclosures(_ node: Node, key: String) -> [FrontMatter.EnclosureFields] {
        if let scalar = node.scalar {
            return scalar.string.isEmpty ? [] : [.init(url: scalar.string, line: lineNumber(node))]
        }
        if let sequence = node.sequence { return sequence.flatMap { enclosures($0, key: key) } }
        guard let mapping = node.mapping else { return [] }
        var fields: [String: (String, Node)] = [:]
        for (field, value) in mapping {
            guard let name = field.scalar?.string, let string = text(value, key: "\(key).\(name)") else { continue }
            fields[name] = (string, value)
        }
        guard let url = fields["url"]?.0 else {
            fail(node, .enclosureWithoutURL(key))
            return []
        }
        func number(_ name: String) -> Int? {
            guard let (string, value) = fields[name] else { return nil }
            if let number = Int(string), number >= 0 { return number }
            if name == "duration", let seconds = Self.seconds(string) { return seconds }
            fail(value, .notAWholeNumber(key, field: name, written: string))
            return nil
        }
        return [.init(url: url, type: fields["type"]?.0, length: number("length"), title: fields["title"]?.0,
                      duration: number("duration"), line: lineNumber(node))]
    }

    /// Podcast durations are often written `HH:MM:SS` or `MM:SS`.
    private static func seconds(_ string: String) -> Int? {
        let parts = string.split(separator: ":").map { Int($0) }
        guard (2...3).contains(parts.count), !parts.contains(nil) else { return nil }
        return parts.reduce(0) { $0 * 60 + $1! }
    }

    // MARK: - Locations

    /// An error about a whole value, reported on its key's line.
    private mutating func fail(_ node: Node, _ reason: PostReason) {
        diagnostics.append(.error(SourceLocation(path: path, line: keyLine ?? lineNumber(node)), reason))
    }

    /// An error about one element of a list, reported on its own line.
    private mutating func failElement(_ node: Node, _ reason: PostReason) {
        diagnostics.append(.error(line(node), reason))
    }

    private func lineNumber(_ node: Node) -> Int {
        firstLine + (node.mark?.line ?? 1) - 1
    }

    private func line(_ node: Node) -> SourceLocation {
        SourceLocation(path: path, line: lineNumber(node))
    }

    private static func kind(of node: Node) -> String {
        switch node {
        case .scalar: "a single value"
        case .mapping: "a map"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// Walks every value, aliases included, until the budget runs out.
    private static func count(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case .scalar, .alias: return true
        case .sequence(let sequence): return sequence.allSatisfy { count($0, budget: &budget) }
        case .mapping(let mapping): return mapping.allSatisfy { count($0.key, budget: &budget) && count($0.value, budget: &budget) }
        }
    }
}
