import FeedSupport
import Foundation

/// Which config a command reads, in one place: `--config PATH`; else
/// `config.json`; else the site's own generator config, translated in memory
/// exactly as `feedgen init` translates it, so that both read a site the same
/// way: Jekyll's `_config.yml`, then a Hugo site's config (`hugo.toml`,
/// `config.toml`, `config/_default/`…). A Jekyll site's `_config.yml` is also
/// attached to the config, so that `build` applies what only Jekyll defines.
package enum ConfigDiscovery {
    package static func load(explicit: String?, in folder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) throws(ConfigError) -> SiteConfig {
        // Relative folders in the config resolve against a folder URL.
        let folder = URL(fileURLWithPath: folder.path, isDirectory: true)
        if let explicit { return try withJekyll(ConfigLoader.load(from: URL(fileURLWithPath: explicit, relativeTo: folder))) }
        let json = folder.appendingPathComponent("config.json")
        let hasJSON = FileManager.default.fileExists(atPath: json.path)
        if hasJSON && !HugoConfig.isHugos(json) { return try withJekyll(ConfigLoader.load(from: json)) }
        let jekyllFile = folder.appendingPathComponent("_config.yml")
        if FileManager.default.fileExists(atPath: jekyllFile.path) {
            let jekyll = try JekyllConfig.read(jekyllFile)
            let starter: StarterConfig
            do {
                starter = try StarterConfig.fromJekyll(jekyll, in: folder)
            } catch {
                throw ConfigError([.error(SourceLocation(path: jekyll.path), error.reason)])
            }
            var config = try ConfigLoader.parse(Array(starter.json.utf8), path: jekyll.path + " (translated)", baseFolder: folder)
            attach(jekyll, to: &config)
            return config
        }
        if let hugo = try HugoConfig.find(in: folder) {
            let starter = StarterConfig.fromHugo(hugo, siteFolder: folder)
            return try ConfigLoader.parse(Array(starter.json.utf8), path: DisplayPath.of(hugo.file), baseFolder: folder)
        }
        if hasJSON { return try ConfigLoader.load(from: json) }
        throw ConfigError([.error(SourceLocation(path: DisplayPath.of(json)), ConfigReason.noConfig)])
    }

    /// A Jekyll site's config.json (`markdown` is `"kramdown"`, which init
    /// writes): `_config.yml` beside it stays the source of truth for Jekyll's own semantics.
    private static func withJekyll(_ loaded: SiteConfig) throws(ConfigError) -> SiteConfig {
        var config = loaded
        let jekyllFile = config.siteFolder.appendingPathComponent("_config.yml")
        if config.markdown == .kramdown, FileManager.default.fileExists(atPath: jekyllFile.path) {
            let jekyll = try JekyllConfig.read(jekyllFile)
            attach(jekyll, to: &config)
            for index in config.translations.indices { attach(jekyll, to: &config.translations[index].config) }
        }
        return config
    }

    /// The build cache trusts a config only while _config.yml is unchanged too: its defaults shape every post.
    private static func attach(_ jekyll: JekyllConfig, to config: inout SiteConfig) {
        var hash = StableHash()
        hash.add(config.fingerprint)
        hash.add(jekyll.text)
        config.fingerprint = hash.hex
        config.jekyll = jekyll
    }
}
