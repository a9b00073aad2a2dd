import FeedSupport
import Foundation
import Liquid

/// Jekyll's `site.data`: every `.yml`, `.yaml`, `.json`, `.csv` and `.tsv`
/// file of `_data/`, by file name without its extension, subfolders as nested maps.
enum SiteData {
    /// A file that cannot be read is a warning, and is left out, as the rest still renders.
    static func read(_ folder: URL, timeZone: TimeZone, diagnostics: inout [Diagnostic]) -> LiquidMap {
        var map = LiquidMap()
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return map }
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                map[name] = .map(read(url, timeZone: timeZone, diagnostics: &diagnostics))
                continue
            }
            let stem = (name as NSString).deletingPathExtension
            let fileExtension = (name as NSString).pathExtension.lowercased()
            guard ["yml", "yaml", "json", "csv", "tsv"].contains(fileExtension) else { continue }
            do {
                guard let text = String(data: try Data(contentsOf: url), encoding: .utf8) else { throw CocoaError(.fileReadInapplicableStringEncoding) }
                switch fileExtension {
                case "csv", "tsv": map[stem] = table(text, separator: fileExtension == "csv" ? "," : "\t")
                // JSON is YAML too: one reader, which keeps the keys in order.
                default: map[stem] = try YAMLLiquidValue.value(ofYAML: text, timeZone: timeZone)
                }
            } catch let error as YAML.SyntaxError {
                diagnostics.append(.warning(SourceLocation(path: DisplayPath.of(url), line: error.line), PostReason.dataFileNotYAML(error.message)))
            } catch {
                diagnostics.append(.warning(SourceLocation(path: DisplayPath.of(url)), PostReason.dataFileUnreadable(describe(error))))
            }
        }
        return map
    }

    /// Jekyll reads CSV and TSV with headers: one map per row.
    static func table(_ text: String, separator: Character) -> LiquidValue {
        let rows = records(text, separator: separator)
        guard let header = rows.first else { return .array([]) }
        return .array(rows.dropFirst().map { row in
            .map(LiquidMap(header.enumerated().map { index, key in (key, index < row.count ? .string(row[index]) : .nil) }))
        })
    }

    /// RFC 4180 records: quoted fields may hold separators, quotes (doubled) and line breaks.
    static func records(_ text: String, separator: Character) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = text.makeIterator()
        var pending: Character?
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else {
                        quoted = false
                        pending = next
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty: quoted = true
            case separator:
                row.append(field)
                field = ""
            case "\n", "\r\n", "\r":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
