/// `{% for item in collection limit: n offset: n reversed %}…{% else %}…{% endfor %}`,
/// with `forloop` and `break`/`continue`.
struct ForNode: Node {
    enum Offset: Sendable {
        case value(Expression)
        /// `offset: continue`: where the last loop of the same name stopped.
        case `continue`
    }
    var variable: String
    var collection: Expression
    /// `item-collection`, the key of `offset: continue`.
    var name: String
    var reversed = false
    var limit: Expression?
    var offset: Offset?
    var body = BlockBody()
    var elseBody: BlockBody?
    var line: Int
    var isBlank: Bool { body.isBlank && (elseBody?.isBlank ?? true) }

    init(_ tag: TagToken) throws(LiquidError) {
        line = tag.line
        do throws(MarkupParser.Failure) {
            var parser = try MarkupParser(tag.markup)
            variable = try parser.consume(.id)
            guard parser.word("in") else { throw MarkupParser.Failure(message: "For loops require an 'in' clause") }
            let start = tag.markup.range(of: " in ")?.upperBound ?? tag.markup.endIndex
            collection = try parser.expression()
            name = variable + "-" + Whitespace.stripped(String(tag.markup[start...]).components(separatedBy: " ").first ?? "")
            reversed = parser.word("reversed")
            while parser.look(.id), parser.look(.colon, ahead: 1) {
                let attribute = try parser.consume(.id)
                try parser.consume(.colon)
                switch attribute {
                case "limit": limit = try parser.expression()
                case "offset":
                    if parser.word("continue") { offset = .continue } else { offset = .value(try parser.expression()) }
                default: throw MarkupParser.Failure(message: "Invalid attribute in for loop. Valid attributes are limit and offset")
                }
            }
            try parser.end()
        } catch {
            throw LiquidError(line: tag.line, .syntax("\(error.message) in \(LiquidError.Reason.excerpt("{% for " + tag.markup + " %}"))"))
        }
    }

    func render(_ context: RenderContext, into output: inout String) throws(LiquidError) {
        let from: Int
        switch offset {
        case .continue: from = context.loopOffsets[name] ?? 0
        case .value(let expression):
            let value = try expression.evaluate(context)
            from = value.isNil ? 0 : try Numbers.integer(value)
        case nil: from = 0
        }
        let limitValue = try limit?.evaluate(context)
        let to: Int? = try limitValue.flatMap { value throws(LiquidError) in value.isNil ? nil : try Numbers.integer(value) + from }
        var segment = try Self.slice(try collection.evaluate(context).resolved, from: from, to: to, limits: context.limits)
        if reversed { segment.reverse() }
        context.loopOffsets[name] = from + segment.count
        guard !segment.isEmpty else {
            try elseBody?.render(context, into: &output)
            return
        }
        try context.withScope { () throws(LiquidError) in
            let parent = context.loops.last
            for (index, item) in segment.enumerated() {
                var forloop = LiquidMap()
                forloop["name"] = .string(name)
                forloop["length"] = .int(segment.count)
                forloop["index"] = .int(index + 1)
                forloop["index0"] = .int(index)
                forloop["rindex"] = .int(segment.count - index)
                forloop["rindex0"] = .int(segment.count - index - 1)
                forloop["first"] = .bool(index == 0)
                forloop["last"] = .bool(index == segment.count - 1)
                forloop["parentloop"] = parent.map { .map($0) } ?? .nil
                context.loops.append(forloop)
                defer { context.loops.removeLast() }
                context.setLocal("forloop", .map(forloop))
                context.setLocal(variable, item)
                try body.render(context, into: &output)
                if let interrupt = context.interrupt {
                    context.interrupt = nil
                    if interrupt == .break { break }
                }
            }
        }
    }

    /// Ruby Liquid's `Utils.slice_collection`: items `from..<to` of what the loop walks.
    static func slice(_ collection: LiquidValue, from: Int, to: Int?, limits: LiquidTemplate.Limits) throws(LiquidError) -> [LiquidValue] {
        let start = max(from, 0)
        switch collection {
        case .range(let lower, let upper):
            guard lower <= upper else { return [] }
            let count = upper - lower + 1
            let end = min(to ?? count, count)
            guard start < end else { return [] }
            guard end - start <= limits.maximumSteps else { throw LiquidError(line: 0, .tooManySteps(limits.maximumSteps)) }
            return (lower + start..<lower + end).map { .int($0) }
        case .array, .map, .string:
            let items = collection.elements
            let end = min(to ?? items.count, items.count)
            return start < end ? Array(items[start..<end]) : []
        default:
            return []
        }
    }
}

/// `{% tablerow item in collection cols: n limit: n offset: n %}`: table cells, rows of `cols`.
struct TableRowNode: Node {
    var variable: String
    var collection: Expression
    var attributes: [String: Expression] = [:]
    var body = BlockBody()
    var line: Int
    var isBlank: Bool { false }

    init(_ tag: TagToken) throws(LiquidError) {
        line = tag.line
        let words = tag.markup.split(whereSeparator: \.isWhitespace)
        guard words.count >= 3, words[1] == "in" else {
            throw LiquidError(line: tag.line, .syntax("Syntax Error in 'table_row loop' - Valid syntax: table_row [item] in [collection] cols=3"))
        }
        variable = String(words[0])
        collection = LaxMarkup.expression(String(words[2]))
        let attributePattern = try! NSRegularExpression(pattern: #"(\w[\w-]*)\s*\:\s*(\#(LaxMarkup.quotedFragment))"#)
        let ns = tag.markup as NSString
        for match in attributePattern.matches(in: tag.markup, range: NSRange(location: 0, length: ns.length)) {
            attributes[ns.substring(with: match.range(at: 1))] = LaxMarkup.expression(ns.substring(with: match.range(at: 2)))
        }
    }

    func render(_ context: RenderContext, into output: inout String) throws(LiquidError) {
        let value = try collection.evaluate(context).resolved
        guard !value.isNil else { return }
        let from = try attributes["offset"].map { expression throws(LiquidError) in Int(Numbers.leadingInteger(try expression.evaluate(context).text)) ?? 0 } ?? 0
        let limit = try attributes["limit"].map { expression throws(LiquidError) in Int(Numbers.leadingInteger(try expression.evaluate(context).text)) ?? 0 }
        let items = try ForNode.slice(value, from: from, to: limit.map { from + $0 }, limits: context.limits)
        let columns = try attributes["cols"].map { expression throws(LiquidError) in Int(Numbers.leadingInteger(try expression.evaluate(context).text)) ?? 0 } ?? 0
        output += "<tr class=\"row1\">\n"
        try context.withScope { () throws(LiquidError) in
            var row = 1
            var column = 1
            for (index, item) in items.enumerated() {
                var loop = LiquidMap()
                loop["length"] = .int(items.count)
                loop["index"] = .int(index + 1)
                loop["index0"] = .int(index)
                loop["rindex"] = .int(items.count - index)
                loop["rindex0"] = .int(items.count - index - 1)
                loop["first"] = .bool(index == 0)
                loop["last"] = .bool(index == items.count - 1)
                loop["col"] = .int(column)
                loop["col0"] = .int(column - 1)
                loop["col_first"] = .bool(column == 1)
                loop["col_last"] = .bool(column == columns)
                loop["row"] = .int(row)
                context.setLocal("tablerowloop", .map(loop))
                context.setLocal(variable, item)
                output += "<td class=\"col\(column)\">"
                try body.render(context, into: &output)
                output += "</td>"
                if column == columns && index != items.count - 1 {
                    output += "</tr>\n<tr class=\"row\(row + 1)\">"
                }
                if column == columns {
                    column = 1
                    row += 1
                } else {
                    column += 1
                }
            }
        }
        output += "</tr>\n"
    }
}

/// `{% cycle 'a', 'b' %}` and `{% cycle group: 'a', 'b' %}`: the next value of the group each time.
struct CycleNode: Node {
    var group: Expression?
    var values: [Expression]
    /// The key of an unnamed cycle: its values as written.
    var key: String
    var line: Int
    var isBlank: Bool { false }

    init(_ tag: TagToken) throws(LiquidError) {
        line = tag.line
        var markup = tag.markup
        if let match = LaxMarkup.groups(Self.named, markup), let name = match[1], let rest = match[2] {
            group = LaxMarkup.expression(name)
            markup = rest
        }
        values = markup.split(separator: ",").compactMap { piece in
            LaxMarkup.groups(LaxMarkup.fragments, String(piece))?[0].map(LaxMarkup.expression)
        }
        key = markup.split(separator: ",").map { Whitespace.stripped(String($0)) }.joined(separator: ",")
        guard !values.isEmpty else { throw LiquidError(line: tag.line, .syntax("Syntax Error in 'cycle' - Valid syntax: cycle [name :] var [, var2, var3 ...]")) }
    }

    nonisolated(unsafe) private static let named = try! NSRegularExpression(pattern: #"\A(\#(LaxMarkup.quotedFragment))\s*\:\s*(.*)"#, options: [.dotMatchesLineSeparators])

    func render(_ context: RenderContext, into output: inout String) throws(LiquidError) {
        let name = try group.map { expression throws(LiquidError) in "named:" + (try expression.evaluate(context).text) } ?? key
        let iteration = context.cycles[name] ?? 0
        output += try values[iteration % values.count].evaluate(context).text
        context.cycles[name] = (iteration + 1) % values.count
    }
}

import Foundation
