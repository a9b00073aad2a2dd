import Foundation

/// Jekyll's `{% include file.html key="value" other=variable %}` and
/// `include_relative`: the host's parsed file rendered in this context, with
/// the parameters as `include.key`. The file name may be Liquid (`{{ page.x }}.html`).
struct IncludeNode: Node {
    var relative: Bool
    /// The file name as written; rendered when it holds `{{ }}`.
    var file: String
    var fileTemplate: LiquidTemplate?
    var parameters: [(key: String, value: Parameter)]
    var hasParameters: Bool
    var line: Int
    var isBlank: Bool { false }

    enum Parameter: Sendable {
        case text(String)
        case variable(Expression)
    }

    nonisolated(unsafe) private static let variableSyntax = try! NSRegularExpression(
        pattern: #"(?<variable>[^{]*(\{\{\s*[\w\-\.]+\s*(\|.*)?\}\}[^\s{}]*)+)(?<params>.*)"#, options: [.dotMatchesLineSeparators])
    nonisolated(unsafe) private static let validSyntax = try! NSRegularExpression(
        pattern: #"([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))"#)
    nonisolated(unsafe) private static let fullValidSyntax = try! NSRegularExpression(
        pattern: #"\A\s*(?:([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))(?=\s|\z)\s*)*\z"#)

    init(_ tag: TagToken) throws(LiquidError) {
        relative = tag.name == "include_relative"
        line = tag.line
        let markup = Whitespace.stripped(tag.markup)
        var parameterText: String?
        if let match = LaxMarkup.groups(Self.variableSyntax, markup), let variable = match[1] {
            file = Whitespace.stripped(variable)
            parameterText = match[4].map(Whitespace.stripped)
        } else {
            let parts = markup.split(maxSplits: 1, whereSeparator: \.isWhitespace)
            file = parts.first.map(String.init) ?? ""
            parameterText = parts.count > 1 ? String(parts[1]) : nil
        }
        if parameterText?.isEmpty ?? true { parameterText = nil }
        hasParameters = parameterText != nil
        parameters = []
        if let parameterText {
            guard LaxMarkup.groups(Self.fullValidSyntax, parameterText) != nil else {
                throw LiquidError(line: tag.line, .syntax("invalid parameters for \"\(tag.name)\": \(LiquidError.Reason.excerpt(parameterText)); write key=\"value\" or key=variable"))
            }
            let ns = parameterText as NSString
            for match in Self.validSyntax.matches(in: parameterText, range: NSRange(location: 0, length: ns.length)) {
                func group(_ index: Int) -> String? {
                    match.range(at: index).location == NSNotFound ? nil : ns.substring(with: match.range(at: index))
                }
                let key = group(1)!
                if let double = group(2) {
                    parameters.append((key, .text(double.replacingOccurrences(of: "\\\"", with: "\""))))
                } else if let single = group(3) {
                    parameters.append((key, .text(single.replacingOccurrences(of: #"\'"#, with: "'"))))
                } else if let variable = group(4) {
                    parameters.append((key, .variable(LaxMarkup.expression(variable))))
                }
            }
        }
        if file.contains("{{") {
            fileTemplate = try LiquidTemplate(file, firstLine: tag.line)
        }
        guard fileTemplate != nil || Self.isValid(file) else { throw LiquidError(line: tag.line, .invalidIncludeName(file)) }
    }

    /// Jekyll's `validate_file_name`.
    static func isValid(_ file: String) -> Bool {
        !file.isEmpty && file.range(of: #"[./]{2,}"#, options: .regularExpression) == nil
            && file.range(of: #"^[\w/.\-()+~#@]+$"#, options: .regularExpression) != nil
    }

    func render(_ context: RenderContext, into output: inout String) throws(LiquidError) {
        var name = file
        if let fileTemplate {
            name = Whitespace.stripped(try fileTemplate.render(in: context))
            guard Self.isValid(name) else { throw LiquidError(line: line, .invalidIncludeName(name)) }
        }
        guard context.includes.count < 20 else { throw LiquidError(line: line, .includeTooDeep(20)) }
        let found: LiquidTemplate?
        do {
            found = try context.host.include(name, relative: relative)
        } catch {
            throw LiquidError(line: line, .inInclude(name: name, line: error.line, error.reason))
        }
        guard let template = found else { throw LiquidError(line: line, .includeNotFound(name)) }
        var values = LiquidMap()
        for (key, parameter) in parameters {
            switch parameter {
            case .text(let text): values[key] = .string(text)
            case .variable(let expression): values[key] = try expression.evaluate(context)
            }
        }
        context.includes.append((name, line))
        defer { context.includes.removeLast() }
        for warning in template.warnings { context.warn(warning) }
        do {
            try context.withScope { () throws(LiquidError) in
                if hasParameters { context.setLocal("include", .map(values)) }
                try template.body.render(context, into: &output)
            }
        } catch {
            throw LiquidError(line: line, .inInclude(name: name, line: error.line, error.reason))
        }
    }
}

/// Jekyll's `{% highlight language linenos %}…{% endhighlight %}`: the body
/// rendered, trimmed of line breaks at both ends, and given to the host.
struct HighlightNode: Node {
    var language: String
    var options: [String]
    var body: BlockBody
    var line: Int
    var isBlank: Bool { false }

    init(_ tag: TagToken, body: BlockBody) throws(LiquidError) {
        let markup = Whitespace.stripped(tag.markup)
        guard markup.range(of: #"^([a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|"([0-9]+\s)*[0-9]+"))?)*)$"#, options: .regularExpression) != nil else {
            throw LiquidError(line: tag.line, .syntax("Syntax Error in tag 'highlight' while parsing the following markup: \(LiquidError.Reason.excerpt(markup)); valid syntax: highlight <lang> [linenos]"))
        }
        let words = markup.split(whereSeparator: \.isWhitespace).map(String.init)
        language = words[0].lowercased()
        options = Array(words.dropFirst())
        self.body = body
        line = tag.line
    }

    func render(_ context: RenderContext, into output: inout String) throws(LiquidError) {
        var code = try body.rendered(context)
        while let first = code.unicodeScalars.first, first == "\n" || first == "\r" { code.unicodeScalars.removeFirst() }
        while let last = code.unicodeScalars.last, last == "\n" || last == "\r" { code.unicodeScalars.removeLast() }
        output += context.host.highlight(code, language: language, options: options)
    }
}

/// Jekyll's `{% post_url 2024-05-01-title %}` and `{% link _posts/2024-05-01-title.md %}`: the host's URL for it.
struct URLTagNode: Node {
    var isPostURL: Bool
    var target: String
    var targetTemplate: LiquidTemplate?
    var line: Int
    var isBlank: Bool { false }

    init(_ tag: TagToken) {
        isPostURL = tag.name == "post_url"
        target = Whitespace.stripped(tag.markup)
        targetTemplate = target.contains("{{") ? try? LiquidTemplate(target, firstLine: tag.line) : nil
        line = tag.line
    }

    func render(_ context: RenderContext, into output: inout String) throws(LiquidError) {
        let name = try targetTemplate.map { template throws(LiquidError) in Whitespace.stripped(try template.render(in: context)) } ?? target
        if isPostURL {
            guard let url = context.host.postURL(name) else { throw LiquidError(line: line, .postNotFound(name)) }
            output += url
        } else {
            guard let url = context.host.link(name) else { throw LiquidError(line: line, .linkNotFound(name)) }
            output += url
        }
    }
}

/// What a plugin's tag that names an absolute URL (`{% video https://… %}`)
/// becomes: a link to it, so the reader can still reach what the tag showed.
struct UnknownTagLink: Node {
    var url: String
    var line: Int
    var isBlank: Bool { false }

    static func url(in markup: String) -> String? {
        guard let range = markup.range(of: #"https?://[^\s"'<>]+"#, options: .regularExpression) else { return nil }
        return String(markup[range])
    }

    func render(_ context: RenderContext, into output: inout String) throws(LiquidError) {
        let escaped = url.replacingOccurrences(of: "&", with: "&amp;")
        output += "<a href=\"\(escaped)\">\(escaped)</a>"
    }
}
