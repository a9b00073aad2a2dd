import FeedModel
import FeedSupport
import Foundation
import SiteLoading

/// Render: every chosen post read in full, its Liquid, Markdown and
/// shortcodes rendered, and made an entry of the feed model.
extension SiteBuilder {
    /// Each chosen post read in full, rendered and made an entry once, on
    /// every thread; by path below the posts folder.
    func makeEntries(_ chosen: [PostFacts], site: LiquidSite, loader: PostLoader, report: inout BuildReport) -> [String: Entry] {
        let renderer = PostRenderer(config: config, site: site, watchdog: options.watchdog)
        let builder = EntryBuilder(config: config)
        let made = chosen.concurrentMap(threads: options.threads) { facts -> (Post, Entry?, [Diagnostic])? in
            guard let post = loader.load(facts.file).0 else { return nil }
            let (rendered, problems) = renderer.render(post)
            guard let rendered else { return (post, nil, problems) }
            do throws(Diagnostic) {
                return (post, try builder.entry(for: post, rendered: rendered), problems)
            } catch {
                return (post, nil, problems + [error])
            }
        }
        report.renderedCount = made.count { $0 != nil }
        var entries: [String: Entry] = [:]
        for case let (post, entry, problems)? in made {
            report.diagnostics += problems
            entries[post.file.relativePath] = entry
        }
        return entries
    }
}
