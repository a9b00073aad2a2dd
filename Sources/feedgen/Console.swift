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

    /// A report's lines, each on its stream.
    static func write(_ lines: [BuildReport.Line]) {
        for line in lines {
            switch line.stream {
            case .out: out(line.text)
            case .error: error(line.text)
            }
        }
    }

    /// Problems found before a build (the config's, init's), as a report says them.
    static func report(_ diagnostics: [Diagnostic], quiet: Bool) {
        write(BuildReport.lines(of: diagnostics, quiet: quiet))
    }
}
