import FeedGen
import Foundation

/// Where the CLI prints: results to stdout, problems to stderr.
enum Console {
    static func out(_ line: String) {
        print(line)
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Errors always; warnings unless `quiet`.
    static func report(_ diagnostics: [Diagnostic], quiet: Bool) {
        for diagnostic in diagnostics where diagnostic.severity == .error || !quiet {
            error(diagnostic.description)
        }
    }
}
