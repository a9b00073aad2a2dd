import Foundation
import Testing
import Yams
import FeedGen
@testable import SiteLoading

/// `YAML`, the one way feedgen calls Yams: how scalars are tagged, what `load`
/// gives, and every syntax error's line and words.
@Suite struct YAMLTests {
    private func error(_ text: String) -> YAML.SyntaxError? {
        do {
            _ = try YAML.compose(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func asWrittenEveryScalarIsAString() throws {
        let root = try #require(try YAML.compose("draft: yes\ncount: 3\n"))
        #expect(root.mapping?["draft"]?.tag.description == "tag:yaml.org,2002:str")
        #expect(root.mapping?["count"]?.tag.description == "tag:yaml.org,2002:str")
        #expect(root.mapping?["count"]?.scalar?.string == "3")
    }

    /// `_config.yml`'s `future: yes` is a boolean, as Psych reads it.
    @Test func resolvedTagsAreYAMLs() throws {
        let root = try #require(try YAML.compose("draft: yes\ncount: 3\n", tags: .resolved))
        #expect(root.mapping?["draft"]?.tag.description == "tag:yaml.org,2002:bool")
        #expect(root.mapping?["count"]?.tag.description == "tag:yaml.org,2002:int")
        #expect(root.mapping?["count"]?.int == 3)
    }

    @Test func onlyPlainNullSpellingsAreNull() throws {
        let root = try #require(try YAML.compose("a:\nb: ~\nc: null\nd: Null\ne: NULL\nf: ''\ng: '~'\nh: nil\ni: \"null\"\n"))
        #expect(try #require(root.mapping).map { $0.value.scalar.map(YAML.isNull) } == [true, true, true, true, true, false, false, false, false])
    }

    @Test func anEmptyDocumentIsNothing() throws {
        #expect(try YAML.compose("") == nil)
        #expect(try YAML.compose("# only a comment\n") == nil)
        #expect(try YAML.load("") == nil)
    }

    @Test func loadGivesSwiftValues() throws {
        let values = try #require(try YAML.load("n: 3\nb: true\ns: x\nl: [1]\n") as? [String: Any])
        #expect(values["n"] as? Int == 3)
        #expect(values["b"] as? Bool == true)
        #expect(values["s"] as? String == "x")
        #expect(values["l"] as? [Int] == [1])
    }

    /// The context ("while parsing a flow sequence") names the line the mistake starts on;
    /// the problem's own mark is where YAML gave up, lines later.
    @Test func anErrorIsOnTheLineItsContextStarts() {
        #expect(error("title: x\ntags: [a, b\nauthor: c\n\ndate: 2024-01-01\n")
                == YAML.SyntaxError(line: 2, message: "while parsing a flow sequence, did not find expected ',' or ']'"))
        #expect(error("title: x\ntitle: y: z\n") == YAML.SyntaxError(line: 2, message: "mapping values are not allowed in this context"))
    }

    @Test func loadErrorsAreTheSame() {
        #expect(throws: YAML.SyntaxError(line: 2, message: "mapping values are not allowed in this context")) { try YAML.load("a: 1\nb: c: d\n") }
    }

    @Test func aDuplicateKeyIsNamed() {
        #expect(error("a: 1\nb: 2\na: 3\n")?.message == "duplicate key \"a\"")
        #expect(error("a: 1\nb: 2\na: 3\n")?.isDuplicateKey == true)
        #expect(error("a: [1\n")?.isDuplicateKey == false)
    }

    @Test func anErrorReadsWithItsLine() {
        #expect("\(YAML.SyntaxError(line: 3, message: "mapping values are not allowed in this context"))" == "line 3: mapping values are not allowed in this context")
    }

    /// No source calls Yams but through `YAML` (nodes and their types are still Yams').
    @Test func everyCallerGoesThroughYAML() throws {
        let sources = SampleSite.root.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)?.allObjects as? [String])
        let callers = try files.filter { $0.hasSuffix(".swift") }.sorted().filter { file in
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            return ["Yams.compose", "Yams.load", "compose(yaml:", "load(yaml:", "Parser(yaml:", "Constructor("].contains { text.contains($0) }
        }
        #expect(callers == ["SiteLoading/YAML.swift"])
    }
}
