import Foundation

extension SiteConfig {
    /// What makes a site a Hugo site (config.json's `hugo`): its posts are the
    /// pages below `content/`, read with Hugo's front matter rules, placed by
    /// Hugo's permalinks, summarised as Hugo does, with shortcodes instead of Liquid.
    package struct HugoSite: Sendable, Equatable {
        /// The section whose pages the feed shows (Hugo's `/<section>/index.xml`);
        /// `""` for every regular page of the site (Hugo's home feed, `/index.xml`).
        package var section: String
        /// Per section (lower case), Hugo's permalink pattern.
        package var permalinks: [String: String] = [:]
        /// Words of Hugo's automatic summary.
        package var summaryLength = 70
        /// Taxonomies by plural name: their terms are the entries' categories.
        package var taxonomies: [String] = ["tags", "categories"]
        /// Hugo's `uglyURLs`: `/posts/x.html` instead of `/posts/x/`.
        package var uglyURLs = false
        /// Hugo's `uglyURLs` as a table of sections (lower case): only these, the others not.
        package var uglySections: [String: Bool]?
        /// Hugo's `[frontmatter]`: where each date of a page comes from.
        package var dates = HugoDates()
        /// Hugo's `buildFuture`, `buildDrafts`, `buildExpired`: such pages are in the feed too.
        package var buildFuture = false
        package var buildDrafts = false
        package var buildExpired = false
        /// Hugo's `ignoreFiles`: content files whose absolute path one of these regular expressions matches are not read.
        package var ignoreFiles: [String] = []
        /// Hugo's `hasCJKLanguage`: a page with CJK text has its summary cut by characters.
        package var hasCJKLanguage = false
        /// Hugo's `canonifyURLs`: root-relative URLs in content are below the site's URL, not its host.
        package var canonifyURLs = false
        /// The summary is the page's `description` when it has one, as the site's RSS template writes it (PaperMod's).
        package var summaryFromDescription = false
        /// Hugo's `disablePathToLower` and `removePathAccents`.
        var pathRules = HugoPath.Rules()

        /// Whether the pages of `section` have `.html` paths.
        func isUgly(section: String) -> Bool {
            uglySections.map { $0[section.lowercased()] ?? false } ?? uglyURLs
        }
        /// Hugo's `markup.goldmark.renderer.unsafe`: raw HTML in posts passes
        /// through instead of becoming `<!-- raw HTML omitted -->`.
        package var unsafe = false
        /// Hugo's `defaultContentLanguage`: `x.en.md` is the page `x` of the feed's language.
        package var defaultLanguage = "en"
        /// The site's other languages: `x.fr.md` is a page of another language's feed, not this one's.
        package var otherLanguages: [String] = []
        /// The language whose pages the feed shows (a key of Hugo's `languages`); `nil` for the default language.
        package var feedLanguage: String?
        /// The language of the pages whose file names name none (`x.md`): the
        /// feed's language, unless its folder is shared with a language that Hugo mounts it for first.
        package var unmarkedLanguage: String?
        /// Hugo's `defaultContentLanguageInSubdir`: the default language's pages below `/<language>/` too.
        package var defaultLanguageInSubdir = false

        /// The language whose pages the feed shows.
        package var language: String { feedLanguage ?? defaultLanguage }

        /// Hugo's multihost site: each language has a `baseURL` of its own, and no `/de` in its paths.
        package var multihost = false

        /// What goes before every page's path (not a front matter `url`):
        /// `/de` for a language other than the default, as Hugo places it.
        package var languagePrefix: String {
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

        package init(section: String) {
            self.section = section
        }
    }
}
