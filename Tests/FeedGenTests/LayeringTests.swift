import Foundation
import Testing

/// The layers the targets draw, as the sources import them: what the
/// compiler cannot refuse by itself (a C module is visible to every target
/// above the one that depends on it) is checked here, file by file.
@Suite struct LayeringTests {
    static let sources = SampleSite.root.appendingPathComponent("Sources")

    /// Every `import` line of every Swift file below `Sources/<target>`, as "path: module".
    func imports(of target: String) throws -> [String] {
        let folder = Self.sources.appendingPathComponent(target)
        let files = try #require(FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String])
        return try files.filter { $0.hasSuffix(".swift") }.sorted().flatMap { file in
            try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(separator: "\n").compactMap { line in
                let words = line.split(separator: " ")
                guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
                      words[..<index].allSatisfy({ ["internal", "public", "package", "@_exported", "private"].contains($0) })
                else { return nil }
                return "\(target)/\(file): \(words[index + 1])"
            }
        }
    }

    @Test func onlyFeedXMLCallsLibxml2() throws {
        let targets = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path).sorted()
        let libxml2 = try targets.flatMap { try imports(of: $0) }.filter { $0.hasSuffix(": CLibXML2") }
        #expect(libxml2 == ["FeedXML/HTMLFragment+Editing.swift: CLibXML2", "FeedXML/HTMLFragment.swift: CLibXML2", "FeedXML/ReaderHTML.swift: CLibXML2",
                            "FeedXML/XMLDocumentParser+Streaming.swift: CLibXML2", "FeedXML/XMLDocumentParser.swift: CLibXML2"])
    }

    @Test func theModelImportsOnlyFoundation() throws {
        #expect(try Set(imports(of: "FeedModel").map { $0.split(separator: " ").last! }) == ["Foundation"])
    }

    @Test func theWritersImportOnlyTheModel() throws {
        #expect(try Set(imports(of: "FeedWriters").map { $0.split(separator: " ").last! }) == ["FeedModel", "Foundation"])
    }

    @Test func theXMLLayerImportsOnlyTheModelTheDiagnosticsAndLibxml2() throws {
        #expect(try Set(imports(of: "FeedXML").map { $0.split(separator: " ").last! }) == ["CLibXML2", "FeedModel", "FeedSupport", "Foundation"])
    }

    @Test func theSupportLayerImportsOnlyTheSystem() throws {
        #expect(try Set(imports(of: "FeedSupport").map { $0.split(separator: " ").last! }) == ["Dispatch", "Foundation", "Synchronization"])
    }

    @Test func validationImportsOnlyTheLayersBelowIt() throws {
        #expect(try Set(imports(of: "FeedValidation").map { $0.split(separator: " ").last! }) == ["FeedModel", "FeedSupport", "FeedWriters", "FeedXML", "Foundation"])
    }

    /// Site loading reads sites: it does not validate, and of the writers it
    /// uses only their JSON output, for the config.json that `init` writes.
    @Test func siteLoadingImportsNeitherValidationNorTheBuild() throws {
        let imports = try imports(of: "SiteLoading")
        #expect(Set(imports.map { $0.split(separator: " ").last! })
            == ["CCmarkGFM", "Dispatch", "FeedModel", "FeedSupport", "FeedWriters", "FeedXML", "Foundation", "Liquid", "TOMLKit", "Yams"])
        #expect(imports.filter { $0.hasSuffix(": FeedWriters") } == ["StarterConfig+Hugo.swift", "StarterConfig+Translation.swift", "StarterConfig.swift"].map { "SiteLoading/Config/\($0): FeedWriters" })
    }

    /// The build uses each layer below it, and no C library or parser of its own.
    @Test func theBuildImportsTheLayersAndNoCLibrary() throws {
        #expect(try Set(imports(of: "FeedBuild").map { $0.split(separator: " ").last! })
            == ["FeedModel", "FeedSupport", "FeedValidation", "FeedWriters", "FeedXML", "Foundation", "SiteLoading"])
    }

    @Test func onlyTheMarkdownRendererCallsCmarkGFM() throws {
        let targets = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path).sorted()
        let cmark = try targets.flatMap { try imports(of: $0) }.filter { $0.hasSuffix(": CCmarkGFM") }
        #expect(cmark == ["SiteLoading/MarkdownRenderer.swift: CCmarkGFM"])
    }

    /// The umbrella target only re-exports the layers, for the CLI, tests and benchmarks.
    @Test func feedGenOnlyReexportsTheLayers() throws {
        #expect(try imports(of: "FeedGen") == ["FeedModel", "FeedWriters", "FeedXML", "FeedSupport", "FeedValidation", "SiteLoading", "FeedBuild"].map { "FeedGen/Layers.swift: \($0)" })
    }

    @Test func liquidImportsOnlyFoundation() throws {
        #expect(try Set(imports(of: "Liquid").map { $0.split(separator: " ").last! }) == ["Foundation"])
    }

    /// Test switches come in through options, never the environment: the
    /// one variable library code reads is TZDIR, where the system's zone files are.
    @Test func libraryCodeReadsNoEnvironmentButTZDIR() throws {
        var readers: [String] = []
        for target in ["FeedModel", "FeedWriters", "FeedXML", "FeedSupport", "FeedValidation", "SiteLoading", "FeedBuild", "FeedGen", "Liquid"] {
            let folder = Self.sources.appendingPathComponent(target)
            let files = try #require(FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String])
            for file in files.sorted() where file.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") where line.contains("getenv(") || line.contains(".environment") {
                    readers.append("\(target)/\(file): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(readers == [#"FeedSupport/ZoneAbbreviations.swift: let folder = ProcessInfo.processInfo.environment["TZDIR"] ?? "/usr/share/zoneinfo""#])
    }
}
