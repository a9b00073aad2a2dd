/// A piece of a parsed template that renders itself into the output.
protocol Node: Sendable {
    /// Template line of the tag or output, for errors raised while rendering it.
    var line: Int { get }
    /// Whether it never writes anything (an `assign`, a `comment`): a block
    /// made only of such nodes and white space drops that white space, as Liquid does.
    var isBlank: Bool { get }
    func render(_ context: RenderContext, into output: inout String) throws(LiquidError)
}

/// Text between tags, written as it is.
struct TextNode: Node {
    var text: String
    var line: Int
    var isBlank: Bool { text.utf8.allSatisfy(Whitespace.isRubySpace) }

    func render(_ context: RenderContext, into output: inout String) throws(LiquidError) {
        output += text
    }
}

/// The nodes between a tag and its `end…` (or `else`, `when`…).
struct BlockBody: Sendable {
    var nodes: [any Node] = []
    var isBlank = true

    /// Liquid's `remove_blank_strings`: a blank block writes not even its white space.
    mutating func removeBlankStrings() {
        nodes.removeAll { $0 is TextNode }
    }

    func render(_ context: RenderContext, into output: inout String) throws(LiquidError) {
        for node in nodes {
            try context.step(output: output)
            context.line = node.line
            do {
                try node.render(context, into: &output)
            } catch {
                var error = error
                if error.line == 0 { error.line = node.line }
                throw error
            }
            if context.interrupt != nil { break }
        }
    }

    func rendered(_ context: RenderContext) throws(LiquidError) -> String {
        var output = ""
        try render(context, into: &output)
        return output
    }
}

/// Ruby's white space for `strip` and `\s`: space, tab, line feed, vertical tab, form feed, carriage return.
enum Whitespace {
    static func isRubySpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    static func leftStripped(_ text: String) -> String {
        let utf8 = Array(text.utf8)
        let start = utf8.firstIndex { !isRubySpace($0) && $0 != 0 } ?? utf8.count
        return String(decoding: utf8[start...], as: UTF8.self)
    }

    static func rightStripped(_ text: String) -> String {
        let utf8 = Array(text.utf8)
        let end = utf8.lastIndex { !isRubySpace($0) && $0 != 0 }.map { $0 + 1 } ?? 0
        return String(decoding: utf8[..<end], as: UTF8.self)
    }

    static func stripped(_ text: String) -> String { leftStripped(rightStripped(text)) }
}
