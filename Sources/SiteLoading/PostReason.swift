import FeedSupport
import Foundation

/// Every problem feedgen reports about a post: its file and folder, its
/// front matter, its dates, and what its body cannot be rendered as the
/// site's generator renders it (Liquid, kramdown, goldmark, Hugo's
/// shortcodes and render hooks, the shapes cmark-gfm is slow on). Liquid's
/// own errors keep their words (`liquid`); how a date is wrong is worded
/// once, for posts and for `--now` alike (`describe(_:written:)`).
package enum PostReason: DiagnosticReason, Equatable {
    // The file and its folder.
    case unreadable(PostReadError)
    case empty
    case byteOrderMark
    case notUTF8
    case frontMatterNotClosed(FrontMatterBlock.Format)
    case controlCharactersRemoved(Int)
    /// `what` is "post" or "folder".
    case nameNotUTF8(what: String, isFolder: Bool)
    case linkOutsideSite(what: String, target: String)
    case postsFolderMissing
    case postsFolderUnreadable(Int32)
    case postsFolderIsAFile
    case folderUnreadable(Int32)
    case jekyllReadsNoFrontMatterHere
    case jekyllReadsOnlyYAML(FrontMatterBlock.Format)

    // Front matter.
    /// The parser's words: `language` is YAML, TOML or JSON.
    case frontMatterNotValid(language: String, String)
    case jsonFrontMatterNotAnObject(type: String)
    case tooManyValues(Int)
    case frontMatterNotAMap(kind: String)
    case notASingleValue(String, kind: String)
    case notABoolean(String, written: String)
    case notAListOrString(String, kind: String)
    case eachNotASingleValue(String, kind: String)
    case personMapWithoutName(String)
    case imageNotValid(kind: String)
    case enclosureWithoutURL(String)
    case notAWholeNumber(String, field: String, written: String)
    case duplicateKey(String, countingLine: Int, generator: String)

    // Dates and titles.
    case badDate(key: String, DateProblem, written: String)
    case badDateHugoSkips(key: String, DateProblem, written: String)
    case badFileNameDate(DateProblem, written: String)
    case hugoPageUndated
    case fileNameWithoutSlug(stem: String, extensionWithDot: String)
    case noDate
    case noTitle(using: String)

    // The body.
    case tooManyPipes(Int)
    case tooManyPipesInAll
    case tableTooLarge(columns: Int, rows: Int)
    case tooManyQuotes(Int)
    case tooManyQuotesInAll
    case rendering(MarkdownWatchdog.Failure)
    /// Liquid's own error or warning, as the Liquid target words it.
    case liquid(String)
    case dataFileNotYAML(String)
    case dataFileUnreadable(String)
    case siteConfigNotYAML(String)

    // kramdown and the other dialects' passes.
    case emptyAttributeDefinition(name: String, value: String)
    case emptyAttributeList(String)
    case extensionNotClosed(String)
    case kramdownOptionNotApplied(key: String, value: String)
    case attributeListWithoutBlock(String)
    case attributeListNotAfterSpan(String)
    case undefinedAttributeReference(String)
    case pipeInCommentInTableRow
    case ruleAfterListItem(String)
    case markdownAttributeValue(String)
    case leftoverMarker(String)

    // Hugo's shortcodes and render hooks.
    case shortcodeClosingWithoutOpening(String)
    case highlightOptionsNotRendered([String])
    case siteShortcodeNotRun(String, path: String)
    /// `ownPath`: the site's own template of that name, if it has one.
    case shortcodeNotRendered(String, ownPath: String?, hasInner: Bool)
    case renderHookNotRun(language: String?, elements: String, path: String)

    package var message: String {
        switch self {
        case .unreadable(.tooLarge(let size?)):
            "the file is \(megabytes(size)), larger than the \(megabytes(Int64(PostText.maximumSize))) a post may be"
        case .unreadable(.tooLarge(nil)): "the file is larger than the \(megabytes(Int64(PostText.maximumSize))) a post may be"
        case .unreadable(.notRegular(let kind)): "the post is \(kind), not a regular file; it is not read"
        case .unreadable(.outsideSite(let target)): "the post is a symbolic link to \(target), outside the site folder; it is not read"
        case .unreadable(.system(let code)): "cannot read the post: \(String(cString: strerror(code)))"
        case .empty: "the file is empty"
        case .byteOrderMark: "the file starts with a UTF-8 byte order mark; it was ignored"
        case .notUTF8: "the file is not valid UTF-8; save it as UTF-8"
        case .frontMatterNotClosed(let format):
            "the front matter that starts here is never closed by \(format == .json ? "its closing \"}\"" : format == .toml ? "a \"+++\" line" : "a \"---\" line")"
        case .controlCharactersRemoved(let count): "removed \(count) control character\(count == 1 ? "" : "s") that XML does not allow"
        case .nameNotUTF8(let what, let isFolder): "the \(what)'s name is not valid UTF-8; rename it\(isFolder ? " (its posts are not read)" : "")"
        case .linkOutsideSite(let what, let target): "the \(what) is a symbolic link to \(target), outside the site folder; it is not read"
        case .postsFolderMissing: "the posts folder does not exist"
        case .postsFolderUnreadable(let code): "the posts folder cannot be read: \(String(cString: strerror(code)))"
        case .postsFolderIsAFile: "the posts folder is a file, not a folder"
        case .folderUnreadable(let code): "the folder cannot be read: \(String(cString: strerror(code)))"
        case .jekyllReadsNoFrontMatterHere:
            "this \"---\" does not start the file, so Jekyll reads no front matter and shows its lines as text; so does feedgen (remove what comes before it)"
        case .jekyllReadsOnlyYAML(let format):
            "Jekyll reads only YAML front matter, from a first line \"---\": it shows this \(format.name) front matter as text, and so does feedgen"

        case .frontMatterNotValid(let language, let why): "front matter is not valid \(language): \(why)"
        case .jsonFrontMatterNotAnObject(let type): "the front matter must be a JSON object, not \(type)"
        case .tooManyValues(let count): "front matter expands to more than \(count) YAML values; aliases that repeat anchors this way are refused"
        case .frontMatterNotAMap(let kind): "front matter must be a map of keys to values, not \(kind)"
        case .notASingleValue(let key, let kind): "\"\(key)\" must be a single value, not \(kind)"
        case .notABoolean(let key, let written): "\"\(key)\" must be true or false, not \"\(written)\""
        case .notAListOrString(let key, let kind): "\"\(key)\" must be a list or a string, not \(kind)"
        case .eachNotASingleValue(let key, let kind): "each of \"\(key)\" must be a single value, not \(kind)"
        case .personMapWithoutName(let key): "\"\(key)\" given as a map needs a \"name\""
        case .imageNotValid(let kind): "\"image\" must be a path or a map with \"path\", \"feature\", \"teaser\", \"thumbnail\" and \"alt\", not \(kind)"
        case .enclosureWithoutURL(let key): "\"\(key)\" needs a \"url\""
        case .notAWholeNumber(let key, let field, let written):
            "\"\(key).\(field)\" must be a whole number\(field == "duration" ? " of seconds or HH:MM:SS" : " of bytes"), not \"\(written)\""
        case .duplicateKey(let key, let line, let generator): "duplicate key \"\(key)\"; the one on line \(line) counts, as \(generator) reads it"

        case .badDate(let key, let problem, let written): "\(key) \(Self.describe(problem, written: written))"
        case .badDateHugoSkips(let key, let problem, let written):
            "\(key) \(Self.describe(problem, written: written)); Hugo reads no date there, and neither does feedgen"
        case .badFileNameDate(let problem, let written): "the file name's date: \(Self.describe(problem, written: written))"
        case .hugoPageUndated: "the page has no date, publishDate nor lastmod; Hugo dates it 0001-01-01, feedgen leaves it out"
        case .fileNameWithoutSlug(let stem, let fileExtension):
            "the file name has a date but no slug after it: name it \(stem)-slug\(fileExtension) (or add \"date:\" to its front matter)"
        case .noDate: "the post has no date: add \"date:\" to its front matter or start its file name with YYYY-MM-DD-"
        case .noTitle(let title): "the post has no title; using \"\(title)\" from its file name"

        case .tooManyPipes(let pipes):
            "this table row has \(pipes) pipes, more than the \(MarkdownBudget.pipesPerRow) that cmark-gfm renders in bounded time (its time grows with their square)"
        case .tooManyPipesInAll:
            "the post's table rows have too many pipes for cmark-gfm to render in bounded time (the sum of each row's count squared passes \(MarkdownBudget.squaredSum) here)"
        case .tableTooLarge(let columns, let rows):
            "this table has \(columns) columns and \(rows) rows; cmark-gfm pads every row to the header's width, and a post's tables may have at most \(MarkdownBudget.tableCells) cells"
        case .tooManyQuotes(let quotes):
            "this paragraph has \(quotes) quotation marks, more than the \(MarkdownBudget.quotesPerParagraph) that smart punctuation (cmark-gfm) renders in bounded time; split it, or write some as &quot; and &#39;"
        case .tooManyQuotesInAll:
            "the post's paragraphs have too many quotation marks for smart punctuation (cmark-gfm) to render in bounded time (the sum of each paragraph's count squared passes \(MarkdownBudget.squaredSum) here); write some as &quot; and &#39;"
        case .rendering(.timedOut(let seconds)):
            "rendering the post's Markdown took longer than \(Int(seconds)) s and was stopped (cmark-gfm is slow on some shapes of Markdown); split its longest paragraphs"
        case .rendering(.failed(let reason)): "rendering the post's Markdown failed (\(reason)); it is not published"
        case .liquid(let text): text
        case .dataFileNotYAML(let why): "cannot read this data file for site.data: not valid YAML: \(why)"
        case .dataFileUnreadable(let why): "cannot read this data file for site.data: \(why)"
        case .siteConfigNotYAML(let why): "cannot read _config.yml for Liquid's site variable: not valid YAML: \(why)"

        case .emptyAttributeDefinition(let name, let value): "kramdown attribute list definition \"{:\(name):\(value)}\" has no attributes; removed"
        case .emptyAttributeList(let written): "kramdown attribute list \"\(written)\" has no attributes; removed"
        case .extensionNotClosed(let name): "kramdown {::\(name)} is not closed with {:/\(name)}; the rest of the post is kept out of it"
        case .kramdownOptionNotApplied(let key, let value): "kramdown option \(key)=\"\(value)\" is not applied by feedgen"
        case .attributeListWithoutBlock(let written): "kramdown attribute list \"\(written)\" has no block to apply to; removed"
        case .attributeListNotAfterSpan(let written):
            "kramdown attribute list \"\(written)\" does not follow a span element, which kramdown shows as text; removed"
        case .undefinedAttributeReference(let name): "kramdown attribute list refers to \"\(name)\", which no {:\(name): …} defines; ignored"
        case .pipeInCommentInTableRow:
            "a | inside an HTML comment in what may be a table row: kramdown splits the row there and shows the comment as text; feedgen keeps the comment whole"
        case .ruleAfterListItem(let rule):
            "\(rule) right after a list item: kramdown reads it as a nested list item, not a rule; feedgen writes a rule (a blank line before it makes it one for both)"
        case .markdownAttributeValue(let value): "markdown=\"\(value)\" is not one of kramdown's 0, 1, block, span; read as 0"
        case .leftoverMarker(let written): "\"\(written)\" has nothing to apply to here; removed"

        case .shortcodeClosingWithoutOpening(let name): "shortcode closing {{< /\(name) >}} has no opening; it was left out"
        case .highlightOptionsNotRendered(let options):
            "shortcode \"highlight\": \(options.joined(separator: " and ")) not rendered (Chroma's line numbers and highlighted lines), only the code"
        case .siteShortcodeNotRun(let name, let path):
            "shortcode \"\(name)\" is the site's own (\(path)), whose template feedgen does not run; Hugo's built-in \(name) was rendered instead"
        case .shortcodeNotRendered(let name, let ownPath, let hasInner):
            "shortcode \"\(name)\" \(ownPath.map { "is the site's own (\($0)), whose template feedgen does not run" } ?? (HugoShortcodeOutput.builtIns.contains(name) ? "names no page or param feedgen can find, or lacks a parameter" : "is not one of Hugo's built-ins that feedgen renders")); \(hasInner ? "only its inner text was kept" : "it was left out")"
        case .renderHookNotRun(let language, let elements, let path):
            "\(language.map { "\($0) " } ?? "")\(elements) are rendered as Goldmark renders them, not by the site's render hook \(path), whose template feedgen does not run"
        }
    }

    /// What is wrong with `written` as a date: what is wrong with this date,
    /// not which forms exist (`notADate` alone is about the form, and gives the advice).
    package static func describe(_ problem: DateProblem, written text: String) -> String {
        switch problem {
        case .notADate:
            return "\"\(text)\" is not a date; write YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +HH:MM or RFC 3339"
        case .noSuchMonth(let year, let month):
            return "\(text.trimmed) is not a date: there is no month \(month) in \(year) or any year"
        case .noSuchDay(let year, let month, let day):
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2)) is not a day of \(monthNames[month - 1]) \(year)"
        case .notATimeOfDay(let hour, let minute, let second):
            let shown = hour >= 100 ? "\(hour - 100) am/pm" : "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
            return "\(shown) is not a time of day"
        case .yearOutOfRange(let year, let zone):
            let place = zone.map { "is in year \(year) in \($0)" } ?? "is in year \(year)"
            return "\(text.trimmed) \(place); feeds carry dates of the years 1 to 9999 only"
        case .skippedByClocks(let written, let zone, let from, let to):
            return "\(written) does not exist in \(zone): the clocks went from \(from) straight to \(to); write the time with its offset, or a time that exists"
        }
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]
}
