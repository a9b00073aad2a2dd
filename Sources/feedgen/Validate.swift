import ArgumentParser
import FeedGen
import Foundation

extension FeedGenCommand {
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check feed files (Atom, RSS or JSON Feed, ours or not) with the checks `build` runs before publishing.",
            discussion: """
                Prints path:line:column: message for each problem and one verdict line per file. \
                A folder stands for the feed files directly inside it. \
                Exit codes: 0 every file is valid; 1 a file is invalid or unreadable; 64 usage.
                """
        )

        @Argument(help: ArgumentHelp("Feed files, or folders of feed files.", valueName: "file-or-folder"))
        var paths: [String]

        @Option(name: .long, help: ArgumentHelp("Read every file as this format instead of detecting it (atom, rss, json).", valueName: "format"))
        var format: FeedFormat?

        func run() throws {
            let validator = FeedValidator()
            var allValid = true
            let files: [String]
            do {
                files = try FeedFiles.expand(paths)
            } catch {
                throw ValidationError(error.message)
            }
            for path in files {
                let valid = check(path, with: validator)
                allValid = allValid && valid
            }
            if !allValid { throw ExitStatus.invalid }
        }

        private func check(_ path: String, with validator: FeedValidator) -> Bool {
            guard let input = FeedInput(path: path) else {
                Console.out("\(path): \(FeedReason.cannotBeRead.message)")
                return false
            }
            guard let format = format ?? FeedValidator.detectFormat(input.head) else {
                Console.out("\(path): \(FeedReason.notAFeed.message)")
                return false
            }
            let problems = validator.validate(input, as: format)
            for problem in problems {
                Console.out(problem.inFile(path).description)
            }
            let count = problems.count
            Console.out("\(path): \(count == 0 ? "valid" : "invalid") \(format.displayName)\(count == 0 ? "" : " (\(count) problem\(count == 1 ? "" : "s"))")")
            return count == 0
        }
    }
}

extension FeedFormat: ExpressibleByArgument {}
