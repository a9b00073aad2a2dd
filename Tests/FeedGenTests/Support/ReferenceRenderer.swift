import Foundation

/// The real renderers feedgen's dialects imitate, run on the same inputs:
/// Jekyll's kramdown converter and smartify filter (`Tests/reference/jekyll_markdown.rb`)
/// and Hugo (a throwaway site per batch). Tests that use them are skipped when
/// the tool is not installed; `scripts/install-deps --tests` installs both.
enum ReferenceRenderer {
    static let hasJekyll = runs("/usr/bin/env", ["ruby", "-e", "require 'jekyll'; require 'kramdown-parser-gfm'"])
    static let hasHugo = runs("/usr/bin/env", ["hugo", "version"])

    /// Each Markdown text as Jekyll 4 renders a post body; `kramdown` is the
    /// site's `kramdown:` options as JSON (`{"parse_block_html": true}`).
    static func jekyll(_ inputs: [String], kramdown: String? = nil) throws -> [String] {
        try ruby(mode: "markdown", inputs, arguments: kramdown.map { [$0] } ?? [])
    }

    /// Each text through Jekyll's `smartify` filter.
    static func smartify(_ inputs: [String]) throws -> [String] {
        try ruby(mode: "smartify", inputs)
    }

    private static func ruby(mode: String, _ inputs: [String], arguments: [String] = []) throws -> [String] {
        let script = SampleSite.root.appendingPathComponent("Tests/reference/jekyll_markdown.rb")
        let output = try run("/usr/bin/env", ["ruby", script.path, mode] + arguments, input: try JSONEncoder().encode(inputs))
        return try JSONDecoder().decode([String].self, from: output)
    }

    /// Each Markdown text as Hugo renders a page's content with its default
    /// configuration (`markup.goldmark` as Hugo 0.111 sets it).
    static func hugo(_ inputs: [String], config: String = "") throws -> [String] {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("feedgen-hugo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        let content = site.appendingPathComponent("content")
        let layouts = site.appendingPathComponent("layouts/_default")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: layouts, withIntermediateDirectories: true)
        try Data(("baseURL = 'https://example.org/'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404', 'home', 'section']\n" + config).utf8)
            .write(to: site.appendingPathComponent("hugo.toml"))
        try Data("{{ .Content }}".utf8).write(to: layouts.appendingPathComponent("single.html"))
        for (index, input) in inputs.enumerated() {
            try Data(("---\ntitle: p\n---\n" + input).utf8).write(to: content.appendingPathComponent("p\(index).md"))
        }
        _ = try run("/usr/bin/env", ["hugo", "--quiet", "-s", site.path, "-d", site.appendingPathComponent("public").path])
        return try inputs.indices.map { index in
            try String(contentsOf: site.appendingPathComponent("public/p\(index)/index.html"), encoding: .utf8)
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var command: String
        var stderr: String
        var description: String { "\(command) failed: \(stderr)" }
    }

    private static func runs(_ executable: String, _ arguments: [String]) -> Bool {
        (try? run(executable, arguments)) != nil
    }

    @discardableResult
    private static func run(_ executable: String, _ arguments: [String], input: Data = Data()) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        let processStatus = process.waitForExit()
        guard processStatus == 0 else {
            throw Failure(command: ([executable] + arguments).joined(separator: " "), stderr: String(decoding: errors, as: UTF8.self))
        }
        return output
    }
}
