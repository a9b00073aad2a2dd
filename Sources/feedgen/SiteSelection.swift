import ArgumentParser
import FeedGen
import Foundation

/// The flags `build` and `preview` share: which site, and which of its posts reach the feeds.
struct SiteSelection: ParsableArguments {
    @OptionGroup var site: ConfigOption

    @Flag(name: .long, help: "Include posts with `draft: true` or `published: false`.")
    var drafts = false

    @Flag(name: .long, help: "Include posts dated in the future.")
    var future = false

    @Option(name: .long, help: ArgumentHelp("Build as if the time were this date, written as a post's date may be (decides which scheduled posts are due).", valueName: "date"))
    var now: String?

    /// The site's config, and build options with these flags; the config's problems are printed and exit 1.
    func load(quiet: Bool) throws -> (SiteConfig, BuildOptions) {
        let site = try self.site.load(quiet: quiet)
        var options = BuildOptions()
        options.includeDrafts = drafts
        options.includeFuture = future
        if let now {
            // The same reading as a post's `date`: a time without an offset is in the site's zone.
            do {
                options.now = try PostDate.read(now, in: site.timeZone)
            } catch {
                throw ValidationError("--now \(error.message(for: now))")
            }
        }
        return (site, options)
    }
}
