import FeedSupport
import Foundation
import TOMLKit

/// TOML and JSON front matter turned into YAML text, so that every front
/// matter is read by the one interpretation of keys in `FrontMatterParser`.
/// Each top-level key is written on the line it has in the original, so the
/// parser's line numbers stay the file's.
enum FrontMatterConversion {
    /// Why a front matter could not be read, on its own line (1 is its first).
    struct Failure: Error, Equatable {
        var line: Int
        var message: String
    }

    /// A value in the form YAML's flow style writes it.
    indirect enum Value {
        /// Written quoted: YAML then never reads it as null.
        case string(String)
        /// Numbers and booleans, written plain.
        case plain(String)
        case list([Value])
        case map([(String, Value)])
    }

    /// TOML read with TOMLKit; its dates become RFC 3339 text (a local date-time without an offset).
    static func yaml(fromTOML text: String) throws(Failure) -> String {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw Failure(line: max(1, error.source.begin.line), message: error.description)
        } catch {
            throw Failure(line: 1, message: "\(error)")
        }
        let lines = topLevelKeyLines(ofTOML: text)
        let members = table.keys.map { key in (key, value(table[key]!), lines[key] ?? Int.max) }
        return document(members)
    }

    /// JSON read with feedgen's own parser, which gives every key's line.
    static func yaml(fromJSON text: String) throws(Failure) -> String {
        let root: JSONValue
        do {
            root = try JSONParser.parse(Array(text.utf8))
        } catch {
            throw Failure(line: error.location.line ?? 1, message: error.message)
        }
        guard let members = root.members else { throw Failure(line: root.line, message: PostReason.jsonFrontMatterNotAnObject(type: root.typeName).message) }
        return document(members.map { ($0.0, value($0.1), $0.1.line) })
    }

    private static func value(_ toml: TOMLValueConvertible) -> Value {
        switch toml.type {
        case .string: return .string(toml.string ?? "")
        case .int: return .plain(String(toml.int ?? 0))
        case .double: return .plain(String(toml.double ?? 0))
        case .bool: return .plain(toml.bool == true ? "true" : "false")
        case .date:
            let date = toml.date!
            return .string(String(format: "%04d-%02d-%02d", date.year, date.month, date.day))
        case .time:
            let time = toml.time!
            return .string(String(format: "%02d:%02d:%02d", time.hour, time.minute, time.second))
        case .dateTime:
            let dateTime = toml.dateTime!
            let (date, time) = (dateTime.date, dateTime.time)
            var text = String(format: "%04d-%02d-%02dT%02d:%02d:%02d", date.year, date.month, date.day, time.hour, time.minute, time.second)
            if time.nanoSecond > 0 { text += String(format: ".%09d", time.nanoSecond) }
            if let offset = dateTime.offset?.offset {
                text += offset == 0 ? "Z" : String(format: "%@%02d:%02d", offset < 0 ? "-" : "+", abs(offset) / 60, abs(offset) % 60)
            }
            return .string(text)
        case .array: return .list(toml.array!.map(value))
        case .table:
            let table = toml.table!
            return .map(table.keys.map { ($0, value(table[$0]!)) })
        }
    }

    private static func value(_ json: JSONValue) -> Value {
        switch json.kind {
        case .null: .plain("null")
        case .bool(let flag): .plain(flag ? "true" : "false")
        case .number(let number): .plain(number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number))
        case .string(let string): .string(string)
        case .array(let elements): .list(elements.map(value))
        case .object(let members): .map(members.map { ($0.0, value($0.1)) })
        }
    }

    /// One `key: value` line per member, each on its line (those of unknown
    /// line last, in order); a key whose line is taken goes on the next free one.
    private static func document(_ members: [(String, Value, Int)]) -> String {
        var output = ""
        var line = 1
        for (key, value, wanted) in members.enumerated().sorted(by: { ($0.element.2, $0.offset) < ($1.element.2, $1.offset) }).map(\.element) {
            while line < wanted && wanted != Int.max {
                output += "\n"
                line += 1
            }
            output += quoted(key) + ": " + flow(value) + "\n"
            line += 1
        }
        return output
    }

    private static func flow(_ value: Value) -> String {
        switch value {
        case .string(let string): quoted(string)
        case .plain(let text): text
        case .list(let elements): "[" + elements.map(flow).joined(separator: ", ") + "]"
        case .map(let members): "{" + members.map { quoted($0.0) + ": " + flow($0.1) }.joined(separator: ", ") + "}"
        }
    }

    /// A YAML double-quoted scalar: one line, whatever the text holds.
    private static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029:
                output += String(format: "\\u%04X", scalar.value)
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    /// The line each top-level key is written on: `key = …` (or `a.b = …`)
    /// before the first table header, and each `[table]` or `[[table]]` header.
    /// TOMLKit keeps no positions, so they are read from the text.
    static func topLevelKeyLines(ofTOML text: String) -> [String: Int] {
        var lines: [String: Int] = [:]
        var inTable = false
        var openString: String?
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            if let delimiter = openString {
                if line.components(separatedBy: delimiter).count % 2 == 0 { openString = nil }
                continue
            }
            for delimiter in ["\"\"\"", "'''"] where rawLine.components(separatedBy: delimiter).count % 2 == 0 {
                openString = delimiter
            }
            if line.hasPrefix("[") {
                inTable = true
                let name = line.drop { $0 == "[" }
                if let key = firstKey(of: name), lines[key] == nil { lines[key] = offset + 1 }
            } else if !inTable, !line.hasPrefix("#"), line.contains("="), let key = firstKey(of: line), lines[key] == nil {
                lines[key] = offset + 1
            }
        }
        return lines
    }

    /// The first segment of a (possibly dotted or quoted) TOML key.
    private static func firstKey(of text: Substring) -> String? {
        let text = text.drop { $0 == " " || $0 == "\t" }
        if let quote = text.first, quote == "\"" || quote == "'" {
            let rest = text.dropFirst()
            guard let close = rest.firstIndex(of: quote) else { return nil }
            return String(rest[..<close])
        }
        let key = text.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        return key.isEmpty ? nil : String(key)
    }
}
