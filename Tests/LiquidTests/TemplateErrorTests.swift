import Foundation
import Testing
@testable import Liquid

/// Errors are typed values on the template line where they happen; hostile templates stay bounded.
@Suite struct TemplateErrorTests {
    @Test func syntaxErrorsNameTheLine() {
        #expect(throws: LiquidError(line: 3, .tagNotTerminated("{%"))) { try LiquidTemplate("a\nb\n{% if x") }
        #expect(throws: LiquidError(line: 2, .outputNotTerminated("{{ x }"))) { try LiquidTemplate("\n{{ x }") }
        #expect(throws: LiquidError(line: 1, .tagNeverClosed("if"))) { try LiquidTemplate("{% if x %}\n\n") }
        #expect(throws: LiquidError(line: 12, .tagNeverClosed("for"))) { try LiquidTemplate("\n{% for i in x %}", firstLine: 11) }
    }

    @Test func aTagSpanningLinesIsReportedOnItsNameLineInOneLine() {
        let error = #expect(throws: LiquidError.self) { try LiquidTemplate("a\n{%\n  bogus_tag_that_is\n  never closed") }
        #expect(error == LiquidError(line: 2, .tagNotTerminated("{%")))
        #expect(LiquidError.Reason.tagNotTerminated("{% a\nb %}").message == "Liquid tag \"{% a b %}\" was not properly terminated with \"%}\"")
    }

    @Test func renderErrorsNameTheLine() {
        #expect(throws: LiquidError(line: 2, .dividedByZero)) { try LiquidTemplate("\n{{ 1 | divided_by: 0 }}").render([:]) }
        #expect(throws: LiquidError(line: 1, .comparisonFailed("Integer", "String"))) { try LiquidTemplate("{% if 1 < 'a' %}{% endif %}").render([:]) }
    }

    @Test func deepNestingIsAnError() {
        let source = String(repeating: "{% if true %}", count: 150) + String(repeating: "{% endif %}", count: 150)
        #expect(throws: LiquidError(line: 1, .nestingTooDeep(100))) { try LiquidTemplate(source) }
        let brackets = "{{ a" + String(repeating: "[a", count: 200) + String(repeating: "]", count: 200) + " }}"
        #expect(throws: Never.self) { try LiquidTemplate(brackets) }
    }

    @Test func thousandsOfUnclosedOpenersStayLinear() throws {
        let source = String(repeating: "{{ a {% b ", count: 50_000)
        #expect(throws: LiquidError(line: 1, .outputNotTerminated("{{"))) { try LiquidTemplate(source) }
        // Each unclosed `{%` is a token of its own, found without looking again for a `%}` that is not there.
        let tokens = Tokenizer.tokens(String(repeating: "x {% ", count: 100_000), firstLine: 1)
        #expect(tokens.count == 200_001)
    }

    @Test func runawayLoopsStop() {
        var limits = LiquidTemplate.Limits()
        limits.maximumSteps = 10_000
        #expect(throws: LiquidError(line: 1, .tooManySteps(10_000))) {
            try LiquidTemplate("{% for i in (1..100000000) %}{{ i }}{% endfor %}").render([:], limits: limits)
        }
        #expect(throws: LiquidError(line: 1, .tooManySteps(10_000))) {
            try LiquidTemplate("{% for i in (1..1000) %}{% for j in (1..1000) %}x{% endfor %}{% endfor %}").render([:], limits: limits)
        }
    }

    @Test func lazyValuesAreComputedOnlyWhenRead() throws {
        let counter = Counter()
        let variables: LiquidMap = ["site": ["posts": .lazy(LiquidLazyValue { counter.bump(); return ["a", "b"] })]]
        _ = try LiquidTemplate("{{ site.title }}").render(variables)
        #expect(counter.value == 0)
        let (output, _) = try LiquidTemplate("{{ site.posts | join: ',' }} {{ site.posts.size }}").render(variables)
        #expect(output == "a,b 2")
        #expect(counter.value == 1)
    }

    @Test func hasMarkup() {
        #expect(LiquidTemplate.hasMarkup("a {{ b }}"))
        #expect(LiquidTemplate.hasMarkup("{%"))
        #expect(!LiquidTemplate.hasMarkup("a { b } %} }}"))
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func bump() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
