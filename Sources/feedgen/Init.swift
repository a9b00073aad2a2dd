import ArgumentParser
import FeedGen
import Foundation

extension FeedGenCommand {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a starting config.json, translated from a Jekyll _config.yml or a Hugo config when the folder has one.",
            discussion: """
                Prints every key it wrote and where the value came from, what it could not \
                translate, and the feeds a Jekyll site already publishes, which it keeps. JSON has no comments: this output and the README explain the keys. \
                Exit codes: 0 written; 1 config.json exists (use --force) or _config.yml cannot be read; 64 usage.
                """
        )

        @Argument(help: ArgumentHelp("The site's folder.", valueName: "folder"))
        var folder = "."

        @Flag(name: .long, help: "Overwrite an existing config.json.")
        var force = false

        func run() throws {
            let site = URL(fileURLWithPath: folder)
            let target = site.appendingPathComponent("config.json")
            let targetPath = DisplayPath.of(target)
            if FileManager.default.fileExists(atPath: target.path) && !force {
                Console.error("\(targetPath): \(ConfigReason.starterExists.message)")
                throw ExitStatus.invalid
            }
            let jekyllConfig = site.appendingPathComponent("_config.yml")
            let starter: StarterConfig
            let headline: String
            if let data = FileManager.default.contents(atPath: jekyllConfig.path) {
                do {
                    starter = try StarterConfig.fromJekyll(JekyllConfig.parse(String(decoding: data, as: UTF8.self), path: DisplayPath.of(jekyllConfig)), in: site)
                } catch let error as StarterConfigError {
                    Console.error("\(DisplayPath.of(jekyllConfig)): \(error.message)")
                    throw ExitStatus.invalid
                } catch let error as ConfigError {
                    Console.report(error.diagnostics, quiet: false)
                    throw ExitStatus.invalid
                }
                headline = "Wrote \(targetPath), translated from \(DisplayPath.of(jekyllConfig)):"
            } else if let hugo = try hugoConfig(in: site) {
                starter = StarterConfig.fromHugo(hugo, siteFolder: site)
                headline = "Wrote \(targetPath), translated from \(DisplayPath.of(hugo.file)):"
            } else {
                starter = StarterConfig.newSite()
                headline = "Wrote \(targetPath) for a new site; change what does not fit:"
            }
            do {
                // A new site's folder is made, as `git init FOLDER` makes it.
                try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
                try Data(starter.json.utf8).write(to: target)
            } catch {
                Console.error("\(targetPath): \(BuildReason.failedWithReason(.write, error.localizedDescription).message)")
                throw ExitStatus.invalid
            }
            // Said once the file is there.
            Console.out(headline)
            for note in starter.notes { Console.out("  " + note) }
            if !starter.kept.isEmpty {
                Console.out("Feeds the site publishes, kept:")
                for line in starter.kept { Console.out("  " + line) }
            }
            if !starter.untranslated.isEmpty {
                Console.out("Not translated:")
                for line in starter.untranslated { Console.out("  " + line) }
            }
        }

        /// The Hugo site's config, when the folder is one.
        private func hugoConfig(in site: URL) throws -> HugoConfig? {
            do {
                return try HugoConfig.find(in: site)
            } catch {
                Console.report(error.diagnostics, quiet: false)
                throw ExitStatus.invalid
            }
        }
    }
}
