import FeedSupport
import Foundation
import TOMLKit
import Yams

/// A Hugo site's configuration as Hugo reads it: `hugo.toml|yaml|yml|json`, else
/// `config.toml|yaml|yml|json`, merged over `config/_default/` (where
/// `params.toml` holds `params`, and so on). Keys are case-insensitive in
/// Hugo, so they are kept in lower case.
package struct HugoConfig {
    /// Every setting, keys in lower case.
    package var settings: [String: Any]
    /// The file the settings came from (the first one read), for messages.
    package var file: URL

    static let rootNames = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"]

    /// The Hugo config in `folder`, or `nil` when it has none. `config.json` is
    /// feedgen's own name: it counts as Hugo's only with a `baseURL` and no `url`
    /// (`isHugos`). As `hugo` (whose environment is `production`) merges them:
    /// the root file, then `config/_default/` over it, then `config/production/`.
    package static func find(in folder: URL) throws(ConfigError) -> HugoConfig? {
        var settings: [String: Any] = [:]
        var root: URL?
        for name in rootNames {
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path), name != "config.json" || isHugos(url), let tree = try read(url) else { continue }
            settings = tree
            root = url
            break
        }
        var firstInFolder: URL?
        for environment in ["_default", "production"] {
            let configFolder = folder.appendingPathComponent("config").appendingPathComponent(environment)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: configFolder.path) else { continue }
            for name in names.sorted() {
                let url = configFolder.appendingPathComponent(name)
                guard let tree = try read(url) else { continue }
                firstInFolder = firstInFolder ?? url
                settings = merged(settings, placed(tree, fileStem: (name as NSString).deletingPathExtension.lowercased()))
            }
        }
        guard let file = root ?? firstInFolder else { return nil }
        return HugoConfig(settings: try withThemes(settings, in: folder), file: file)
    }

    /// What Hugo 0.111 takes from a theme's own config (`themes/<theme>/hugo.toml`
    /// or `config.toml`): its `params`, `outputFormats` and `mediaTypes`, under
    /// the site's (a theme's `outputs` or `permalinks` do not count); the
    /// first of several themes over the later ones.
    private static func withThemes(_ settings: [String: Any], in folder: URL) throws(ConfigError) -> [String: Any] {
        var result = settings
        for themeFolder in HugoConfig(settings: settings, file: folder).themeFolders(in: folder) {
            for name in rootNames {
                let url = themeFolder.appendingPathComponent(name)
                guard FileManager.default.fileExists(atPath: url.path), let tree = try read(url) else { continue }
                result = merged(tree.filter { ["params", "outputformats", "mediatypes"].contains($0.key) }, result)
                break
            }
        }
        return result
    }

    /// Where a file of `config/_default/` (or `config/production/`) goes, as Hugo 0.111 places it:
    /// `hugo` and `config` at the top, `params.toml` under `params`, and a
    /// language's files under `languages.<lang>`: `languages.de.toml` is
    /// `languages.de`, `params.de.toml` its `params`, `menus.de.toml` its `menus`.
    private static func placed(_ tree: [String: Any], fileStem: String) -> [String: Any] {
        if fileStem == "hugo" || fileStem == "config" { return tree }
        guard let dot = fileStem.lastIndex(of: ".") else { return [fileStem: tree] }
        let name = String(fileStem[..<dot]), language = String(fileStem[fileStem.index(after: dot)...])
        switch name {
        case "params": return ["languages": [language: ["params": tree]]]
        case "menu", "menus": return ["languages": [language: ["menus": tree]]]
        default: return ["languages": [language: tree]]
        }
    }

    /// Whether a `config.json` is a Hugo config: it has a `baseURL`, and not feedgen's `url`.
    package static func isHugos(_ json: URL) -> Bool {
        guard let data = FileManager.default.contents(atPath: json.path) else { return false }
        let text = String(decoding: data, as: UTF8.self).lowercased()
        return text.contains("\"baseurl\"") && !text.contains("\"url\"")
    }

    /// One file's settings; `nil` for a file of another kind.
    private static func read(_ url: URL) throws(ConfigError) -> [String: Any]? {
        let format = url.pathExtension.lowercased()
        guard ["toml", "yaml", "yml", "json"].contains(format) else { return nil }
        let path = DisplayPath.of(url)
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw ConfigError([.error(SourceLocation(path: path), ConfigReason.cannotReadHugoConfig)])
        }
        let tree: Any?
        do {
            if format == "toml" {
                tree = value(try TOMLTable(string: text))
            } else {
                tree = try YAML.load(text)
            }
        } catch let error as TOMLParseError {
            throw ConfigError([.error(SourceLocation(path: path, line: error.source.begin.line), ConfigReason.notValid(language: "TOML", error.description))])
        } catch let error as YAML.SyntaxError {
            throw ConfigError([.error(SourceLocation(path: path, line: error.line), ConfigReason.notValid(language: format == "json" ? "JSON" : "YAML", error.message))])
        } catch {
            throw ConfigError([.error(SourceLocation(path: path), ConfigReason.notValid(language: format.uppercased(), "\(error)"))])
        }
        guard let table = lowercasingKeys(tree ?? [String: Any]()) as? [String: Any] else {
            throw ConfigError([.error(SourceLocation(path: path), ConfigReason.hugoConfigNotAMap)])
        }
        return table
    }

    private static func value(_ toml: TOMLValueConvertible) -> Any {
        switch toml.type {
        case .table:
            let table = toml.table!
            return Dictionary(uniqueKeysWithValues: table.keys.map { ($0, value(table[$0]!)) })
        case .array: return toml.array!.map(value)
        case .string: return toml.string ?? ""
        case .int: return toml.int ?? 0
        case .double: return toml.double ?? 0
        case .bool: return toml.bool ?? false
        default: return toml.tomlValue.debugDescription
        }
    }

    private static func lowercasingKeys(_ value: Any) -> Any {
        if let map = value as? [String: Any] {
            return Dictionary(map.map { ($0.key.lowercased(), lowercasingKeys($0.value)) }) { first, _ in first }
        }
        if let map = value as? [AnyHashable: Any] {
            return Dictionary(map.map { ("\($0.key)".lowercased(), lowercasingKeys($0.value)) }) { first, _ in first }
        }
        if let list = value as? [Any] { return list.map(lowercasingKeys) }
        return value
    }

    /// `top` over `base`, maps merged key by key.
    private static func merged(_ base: [String: Any], _ top: [String: Any]) -> [String: Any] {
        var result = base
        for (key, value) in top {
            if let inner = value as? [String: Any], let old = result[key] as? [String: Any] {
                result[key] = merged(old, inner)
            } else {
                result[key] = value
            }
        }
        return result
    }

    /// The site's themes' folders (`theme`, one or a list, in `themesDir`, default `themes/`), the first first.
    package func themeFolders(in site: URL) -> [URL] {
        let themes = (self["theme"] as? [Any])?.compactMap { $0 as? String } ?? (self["theme"] as? String).map { [$0] } ?? []
        let folder = site.appendingPathComponent((self["themesdir"] as? String) ?? "themes")
        return themes.map { folder.appendingPathComponent($0) }
    }

    /// Hugo's `defaultContentLanguage`, lower case (`en` when unset).
    package var defaultLanguage: String {
        (self["defaultcontentlanguage"] as? String)?.lowercased() ?? "en"
    }

    /// Every key of `languages`, lower case, disabled ones too: a file named
    /// `x.<key>.md` is a page of that language (a disabled one's is left out).
    package var languageKeys: [String] {
        ((self["languages"] as? [String: Any])?.keys.map { $0.lowercased() } ?? []).sorted()
    }

    /// The languages Hugo builds, in its order: by `weight` (none last), then
    /// by key; the default language is one of them even when `languages` does not name it.
    package var languages: [String] {
        let table = self["languages"] as? [String: Any] ?? [:]
        func weight(_ key: String) -> Int { ((table[key] as? [String: Any])?["weight"] as? Int) ?? 0 }
        // A language is off with its own `disabled = true`, or in the site's `disableLanguages`.
        let off = Set((self["disablelanguages"] as? [Any])?.compactMap { ($0 as? String)?.lowercased() } ?? [])
        var keys = table.keys.filter { ((table[$0] as? [String: Any])?["disabled"] as? Bool) != true && !off.contains($0) }
        if !keys.contains(defaultLanguage) { keys.append(defaultLanguage) }
        return keys.sorted { first, second in
            let (a, b) = (weight(first), weight(second))
            return a == b ? first < second : (b == 0 || (a != 0 && a < b))
        }
    }

    /// The settings as language `key` sees them: the site's, with
    /// `languages.<key>`'s over them (its `title`, `languageCode`,
    /// `contentDir`, `params`, `permalinks`…), as Hugo 0.111 lets a language
    /// override any setting.
    package func language(_ key: String) -> HugoConfig {
        var site = settings
        site["languages"] = nil
        guard let own = (settings["languages"] as? [String: Any])?[key] as? [String: Any] else { return HugoConfig(settings: site, file: file) }
        return HugoConfig(settings: Self.merged(site, own), file: file)
    }

    /// The folder (below the site) whose pages are in language `key`: its
    /// `contentDir`, else the site's, else `content`.
    package func contentFolder(of key: String) -> String {
        let folder = (language(key)["contentdir"] as? String) ?? "content"
        return folder.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
    }

    /// The language of the pages in `folder` whose file names name none:
    /// the first language that reads the folder, the default language first,
    /// then in Hugo's order (Hugo mounts a folder once, for the first).
    package func unmarkedLanguage(of folder: String) -> String {
        ([defaultLanguage] + languages).first { contentFolder(of: $0) == folder } ?? defaultLanguage
    }

    /// The setting at a dotted path (`services.rss.limit`).
    package subscript(_ path: String) -> Any? {
        var current: Any? = settings
        for key in path.split(separator: ".") {
            current = (current as? [String: Any])?[String(key)]
        }
        return current
    }
}
