import Foundation
@testable import Liquid

/// Runs templates through the real Ruby Liquid (5.4, as Jekyll 4.3 uses it)
/// to compare with this engine; nil when Ruby or the liquid gem is missing.
enum RubyLiquid {
    static let script = """
        require "liquid"
        require "json"
        input = JSON.parse(STDIN.read)
        registers = {}
        if input["jekyll"]
          ENV["TZ"] = "UTC"
          require "jekyll"
          require "tmpdir"
          folder = Dir.mktmpdir
          registers[:site] = Jekyll::Site.new(Jekyll.configuration("source" => folder, "destination" => folder + "/_site",
            "quiet" => true, "url" => input["variables"]["site"]["url"], "baseurl" => input["variables"]["site"]["baseurl"]))
        end
        results = input["templates"].map do |source|
          begin
            Liquid::Template.parse(source, error_mode: :warn, line_numbers: true).render!(input["variables"], registers: registers, strict_variables: false, strict_filters: false)
          rescue StandardError => e
            "ERROR"
          end
        end
        print JSON.generate(results)
        """

    static let isAvailable: Bool = run(["1"], variables: [:]) != nil
    static let isJekyllAvailable: Bool = run(["1"], variables: ["site": ["url": "", "baseurl": ""]], jekyll: true) != nil

    /// With `jekyll`, Jekyll's tags and filters are loaded and a site made from `site.url` and `site.baseurl`.
    static func run(_ templates: [String], variables: LiquidMap, jekyll: Bool = false) -> [String]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["ruby", "-e", script]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let payload = "{\"templates\":" + JSONText.encode(.array(templates.map { .string($0) })) + ",\"variables\":" + JSONText.encode(.map(variables)) + ",\"jekyll\":\(jekyll)}"
        input.fileHandleForWriting.write(Data(payload.utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let results = try? JSONSerialization.jsonObject(with: data) as? [String] else { return nil }
        return results
    }
}
