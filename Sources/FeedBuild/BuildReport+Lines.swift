import FeedSupport
import Foundation

/// The report as `feedgen build` prints it, line by line: the problems and
/// verdicts on stderr, what happened to each file on stdout. The command only
/// prints these lines and exits with `outcome`, so that every word of the
/// report is here, beside the report it reads.
extension BuildReport {
    package struct Line: Equatable, Sendable {
        package enum Stream: Sendable { case out, error }
        package var stream: Stream
        package var text: String

        static func out(_ text: String) -> Line { Line(stream: .out, text: text) }
        static func error(_ text: String) -> Line { Line(stream: .error, text: text) }
    }

    /// How the build ended, for the exit status.
    package enum Outcome: Sendable, Equatable {
        /// Published (or, in a dry run, would publish).
        case succeeded
        /// A post, the config or a feed is invalid, or the guard refused: nothing (or, with
        /// `--keep-going`, only the valid posts) published.
        case invalid
        /// Every error is a file that could not be written; the others were published.
        case cannotWrite
    }

    package var outcome: Outcome {
        if !unwritten.isEmpty && diagnostics.count(where: { $0.severity == .error }) == unwritten.count { return .cannotWrite }
        return succeeded ? .succeeded : .invalid
    }

    /// The problems' lines: errors always, warnings unless `quiet` (also for
    /// problems found before a build, such as the config's).
    package static func lines(of diagnostics: [Diagnostic], quiet: Bool) -> [Line] {
        diagnostics.filter { $0.severity == .error || !quiet }.map { Line.error($0.description) }
    }

    /// Errors always and warnings unless `quiet`, then the files: with `dryRun`
    /// what would change for subscribers, else what was published (one line per
    /// file, and with `verbose` one per post first).
    package func lines(dryRun: Bool, quiet: Bool, verbose: Bool) -> [Line] {
        var lines = Self.lines(of: diagnostics, quiet: quiet)
        if dryRun {
            lines += dryRunLines(quiet: quiet)
        } else if !quiet {
            lines += publishedLines(verbose: verbose)
        }
        if !unwritten.isEmpty {
            // Said even with --quiet: which files readers now get, and which they do not.
            let published = outputs.isEmpty ? "nothing was published" : "the other \(outputs.count) files were published"
            lines.append(.error("feedgen: not published, each keeps its previous version: \(unwritten.joined(separator: ", ")); \(published)"))
        }
        return lines
    }

    private func publishedLines(verbose: Bool) -> [Line] {
        var lines: [Line] = []
        if verbose {
            lines += entries.map { .out("\($0.path): \($0.url)") }
            lines.append(.out("\(postCount) posts: \(parsedCount) read, \(postCount - parsedCount) from the cache, \(renderedCount) rendered"))
        }
        for output in outputs {
            lines.append(.out("\(output.path): \(output.written ? "written" : "unchanged"), \(Self.entries(output.entryCount))\(Self.describe(output.fitting))"))
        }
        // Removals happen only when something was published.
        let published = succeeded || !outputs.isEmpty
        if published {
            lines += removals.map { .out("\($0): removed, no longer configured") }
        }
        for archive in archives {
            lines.append(.out("\(Self.pages(archive.firstPath, archive.lastPath, archive.pageCount)), \(archive.writtenCount) written, \(Self.entries(archive.entryCount))"))
        }
        if published {
            lines += archiveRemovals.map { .out("\(Self.pages($0.firstPath, $0.lastPath, $0.pageCount)) removed, no longer made") }
        }
        if outputs.isEmpty && !succeeded && unwritten.isEmpty {
            let errors = diagnostics.count { $0.severity == .error }
            let hint = refusedByGuard ? "; if the change is meant, build --accept-changes publishes it" : ""
            lines.append(.error("feedgen: \(errors) error\(errors == 1 ? "" : "s"); nothing was published\(hint)"))
        }
        return lines
    }

    /// What would change, file by file, and whether the build would publish.
    private func dryRunLines(quiet: Bool) -> [Line] {
        var lines: [Line] = []
        if !quiet {
            for change in changes {
                guard change.rewrites else {
                    lines.append(.out("\(change.path): would be unchanged, \(Self.entries(change.entryCount))"))
                    continue
                }
                lines.append(.out("\(change.path): would be written, \(Self.entries(change.entryCount)) (\(change.added.count) added, \(change.removed.count) removed, \(change.changed.count) changed)"))
                lines += change.added.map { .out("  added: " + $0) }
                lines += change.removed.map { .out("  removed: " + $0) }
                lines += change.changed.map { .out("  changed: " + $0) }
            }
            lines += removals.map { .out("\($0): would be removed, no longer configured") }
            for archive in archives {
                let which = archive.writtenPages.isEmpty ? "" : " (\(Self.runs(archive.writtenPages)))"
                lines.append(.out("\(Self.pages(archive.firstPath, archive.lastPath, archive.pageCount)), \(archive.writtenCount) would be written\(which), \(Self.entries(archive.entryCount))"))
            }
            lines += archiveRemovals.map { .out("\(Self.pages($0.firstPath, $0.lastPath, $0.pageCount)) would be removed, no longer made") }
            lines.append(.out("dry run: nothing was written"))
        }
        if !succeeded {
            let hint = refusedByGuard ? "; --accept-changes would publish it" : ""
            lines.append(.error("feedgen: the build would not publish\(hint)"))
        }
        return lines
    }

    /// `1 entry`, `20 entries`.
    private static func entries(_ count: Int) -> String {
        "\(count) entr\(count == 1 ? "y" : "ies")"
    }

    /// Archive pages as a report line starts: `feeds/archive/1.xml … 16.xml: 16 archive pages`.
    private static func pages(_ firstPath: String, _ lastPath: String, _ count: Int) -> String {
        let range = count == 1 ? firstPath : "\(firstPath) … \((lastPath as NSString).lastPathComponent)"
        return "\(range): \(count) archive page\(count == 1 ? "" : "s")"
    }

    /// Page numbers as runs: `1–3, 7`.
    private static func runs(_ numbers: [Int]) -> String {
        var runs: [ClosedRange<Int>] = []
        for number in numbers.sorted() {
            if let last = runs.last, last.upperBound + 1 == number {
                runs[runs.count - 1] = last.lowerBound...number
            } else {
                runs.append(number...number)
            }
        }
        return runs.map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }.joined(separator: ", ")
    }

    /// What `"max_bytes"` did to a file, for its report line.
    private static func describe(_ fitting: SizeFitting?) -> String {
        guard let fitting else { return "" }
        let leftOut = fitting.leftOut == 0 ? "" : "\(fitting.leftOut) oldest left out"
        return " (" + (fitting.summariesOnly ? "summaries only" + (leftOut.isEmpty ? "" : ", ") : "") + leftOut + ", to fit max_bytes)"
    }
}
