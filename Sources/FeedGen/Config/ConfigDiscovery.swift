import Foundation

/// Which config `build` reads, in one place: `--config PATH`; else
/// `config.json`; else a Hugo site's config (`hugo.toml`, `config.toml`,
/// `config/_default/`…), translated as `feedgen init` translates it, so that
/// both read a site the same way.
public enum ConfigDiscovery {
    public static func load(explicit: String?, in folder: URL) throws(ConfigError) -> SiteConfig {
        if let explicit { return try ConfigLoader.load(from: URL(fileURLWithPath: explicit, relativeTo: folder)) }
        let json = folder.appendingPathComponent("config.json")
        let hasJSON = FileManager.default.fileExists(atPath: json.path)
        if hasJSON && !HugoConfig.isHugos(json) { return try ConfigLoader.load(from: json) }
        if let hugo = try HugoConfig.find(in: folder) {
            let starter = StarterConfig.fromHugo(hugo, siteFolder: folder)
            return try ConfigLoader.parse(Array(starter.json.utf8), path: DisplayPath.of(hugo.file), baseFolder: folder)
        }
        return try ConfigLoader.load(from: json)
    }
}
