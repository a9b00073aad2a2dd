import Dispatch
import FeedSupport
import Foundation

/// Renders a large post's Markdown in a child process (`feedgen
/// render-markdown`) that is killed when it takes longer than `timeLimit`
/// or more memory than `memoryLimit`: the backstop behind `MarkdownBudget`
/// for the shapes of Markdown cmark-gfm is slow on that nobody has listed
/// yet. Only posts with a long block (see `MarkdownBudget.watchedBlockBytes`)
/// pay for the process; ordinary posts are rendered in place.
package struct MarkdownWatchdog: Sendable {
    /// The feedgen binary, which serves `render-markdown`.
    package var executable: String
    package var timeLimit: Double = 10
    package static let memoryLimit: rlim_t = 2 << 30

    package init(executable: String) {
        self.executable = executable
    }

    /// Why the child gave no HTML; its words are `PostReason.rendering`'s.
    package enum Failure: Error, Equatable, Sendable {
        case timedOut(Double)
        case failed(String)
    }

    /// The body's HTML in `dialect` with the site's `options` (`kramdown:` of `_config.yml`, Hugo's
    /// `unsafe`), as the build renders it in place (the dialect's warnings are not kept: such a
    /// post is far from ordinary).
    func render(_ markdown: String, dialect: SiteConfig.MarkdownDialect, options: DialectRenderer.Options) -> Result<String, Failure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        // The options travel whole, as JSON: an option added later reaches the child without a flag of its own.
        let encoded = (try? JSONEncoder().encode(options)).map { String(decoding: $0, as: UTF8.self) }
        process.arguments = ["render-markdown", "--dialect=" + dialect.rawValue] + (encoded.map { ["--options=" + $0] } ?? [])
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return .failure(.failed("cannot start \(executable): \(describe(error))"))
        }
        let jobs = DispatchGroup()
        DispatchQueue.global().async(group: jobs) {
            // A child killed before it read everything closes the pipe: no SIGPIPE here, just an error.
            try? input.fileHandleForWriting.write(contentsOf: Data(markdown.utf8))
            try? input.fileHandleForWriting.close()
        }
        nonisolated(unsafe) var bytes = Data()
        DispatchQueue.global().async(group: jobs) { bytes = output.fileHandleForReading.readDataToEndOfFile() }
        if finished.wait(timeout: .now() + timeLimit) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
            jobs.wait()
            return .failure(.timedOut(timeLimit))
        }
        jobs.wait()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let reason = process.terminationReason == .uncaughtSignal
                ? "cmark-gfm was killed by signal \(process.terminationStatus), e.g. for passing \(Self.memoryLimit >> 30) GB"
                : "exit status \(process.terminationStatus)"
            return .failure(.failed(reason))
        }
        // The HTML ends with a NUL (cmark-gfm never writes one): without it the child died writing.
        guard bytes.last == 0 else { return .failure(.failed("its output was cut short")) }
        return .success(String(decoding: bytes.dropLast(), as: UTF8.self))
    }

    /// The child's side: Markdown on standard input, its HTML and a NUL on standard output.
    package static func serve(dialect: SiteConfig.MarkdownDialect, options: DialectRenderer.Options) {
        var limit = rlimit(rlim_cur: memoryLimit, rlim_max: memoryLimit)
        _ = setrlimit(Int32(RLIMIT_AS.rawValue), &limit)
        let markdown = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        let html = DialectRenderer.render(markdown, dialect: dialect, excerptSeparator: nil, options: options).html
        FileHandle.standardOutput.write(Data(html.utf8) + [0])
    }
}
