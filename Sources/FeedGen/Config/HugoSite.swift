import Foundation

extension SiteConfig {
    /// What makes a site a Hugo site (config.json's `hugo`): its posts are the
    /// pages below `content/`, read with Hugo's front matter rules, placed by
    /// Hugo's permalinks, summarised as Hugo does, with shortcodes instead of Liquid.
    public struct HugoSite: Sendable, Equatable {
        /// The section whose pages the feed shows (Hugo's `/<section>/index.xml`);
        /// `""` for every regular page of the site (Hugo's home feed, `/index.xml`).
        public var section: String
        /// Per section (lower case), Hugo's permalink pattern.
        public var permalinks: [String: String] = [:]
        /// Words of Hugo's automatic summary.
        public var summaryLength = 70
        /// Taxonomies by plural name: their terms are the entries' categories.
        public var taxonomies: [String] = ["tags", "categories"]
        /// Hugo's `uglyURLs`: `/posts/x.html` instead of `/posts/x/`.
        public var uglyURLs = false
        /// Hugo's `uglyURLs` as a table of sections (lower case): only these, the others not.
        public var uglySections: [String: Bool]?
        /// Hugo's `[frontmatter]`: where each date of a page comes from.
        public var dates = HugoDates()
        /// Hugo's `buildFuture`, `buildDrafts`, `buildExpired`: such pages are in the feed too.
        public var buildFuture = false
        public var buildDrafts = false
        public var buildExpired = false
        /// Hugo's `ignoreFiles`: content files whose absolute path one of these regular expressions matches are not read.
        public var ignoreFiles: [String] = []
        /// Hugo's `hasCJKLanguage`: a page with CJK text has its summary cut by characters.
        public var hasCJKLanguage = false
        /// Hugo's `canonifyURLs`: root-relative URLs in content are below the site's URL, not its host.
        public var canonifyURLs = false
        /// The summary is the page's `description` when it has one, as the site's RSS template writes it (PaperMod's).
        public var summaryFromDescription = false
        /// Hugo's `disablePathToLower` and `removePathAccents`.
        var pathRules = HugoPath.Rules()

        /// Whether the pages of `section` have `.html` paths.
        func isUgly(section: String) -> Bool {
            uglySections.map { $0[section.lowercased()] ?? false } ?? uglyURLs
        }
        /// Hugo's `markup.goldmark.renderer.unsafe`: raw HTML in posts passes
        /// through instead of becoming `<!-- raw HTML omitted -->`.
        public var unsafe = false
        /// Hugo's `defaultContentLanguage`: `x.en.md` is the page `x` of the feed's language.
        public var defaultLanguage = "en"
        /// The site's other languages: `x.fr.md` is a page of another language's feed, not this one's.
        public var otherLanguages: [String] = []
        /// The language whose pages the feed shows (a key of Hugo's `languages`); `nil` for the default language.
        public var feedLanguage: String?
        /// The language of the pages whose file names name none (`x.md`): the
        /// feed's language, unless its folder is shared with a language that Hugo mounts it for first.
        public var unmarkedLanguage: String?
        /// Hugo's `defaultContentLanguageInSubdir`: the default language's pages below `/<language>/` too.
        public var defaultLanguageInSubdir = false

        /// The language whose pages the feed shows.
        public var language: String { feedLanguage ?? defaultLanguage }

        /// Hugo's multihost site: each language has a `baseURL` of its own, and no `/de` in its paths.
        public var multihost = false

        /// What goes before every page's path (not a front matter `url`):
        /// `/de` for a language other than the default, as Hugo places it.
        public var languagePrefix: String {
            !multihost && (language != defaultLanguage || defaultLanguageInSubdir) ? "/" + language : ""
        }

        /// A file's stem without its language (`x.en` → `x`), and whether the
        /// page is in another language than the feed's.
        func languageless(_ stem: Substring) -> (stem: Substring, isOtherLanguage: Bool) {
            let unmarked = unmarkedLanguage ?? language
            guard let dot = stem.lastIndex(of: ".") else { return (stem, unmarked != language) }
            let named = stem[stem.index(after: dot)...].lowercased()
            guard named == defaultLanguage || otherLanguages.contains(named) else { return (stem, unmarked != language) }
            return (stem[..<dot], named != language)
        }

        public init(section: String) {
            self.section = section
        }
    }
}
