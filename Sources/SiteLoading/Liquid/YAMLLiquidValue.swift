import Foundation
import Liquid
import Yams

/// YAML read as Jekyll reads it (Ruby's Psych, YAML 1.1) into Liquid values:
/// plain scalars become booleans (`yes`, `off`…), nil, numbers and times;
/// quoted ones stay strings; maps keep their order.
enum YAMLLiquidValue {
    /// Nodes as `FrontMatterParser` composes them (`YAML.compose`): no tag guessing by Yams.
    static func value(ofYAML yaml: String, timeZone: TimeZone) throws(YAML.SyntaxError) -> LiquidValue {
        let node: Node?
        do {
            node = try YAML.compose(yaml)
        } catch {
            // Psych keeps the last of a key written twice (the build warns where it reads the file).
            guard error.isDuplicateKey, let kept = YAML.lastOfEachKey(yaml) else { throw error }
            node = try YAML.compose(kept.text)
        }
        guard let node else { return .nil }
        return value(of: node, timeZone: timeZone)
    }

    static func value(of node: Node, timeZone: TimeZone) -> LiquidValue {
        switch node {
        case .scalar(let scalar): return scalar.style == .plain ? plain(scalar.string, timeZone: timeZone) : .string(scalar.string)
        case .sequence(let sequence): return .array(sequence.map { value(of: $0, timeZone: timeZone) })
        case .mapping(let mapping):
            var map = LiquidMap()
            for (key, value) in mapping {
                // `<<: *defaults` merges a map, as Psych does.
                if key.scalar?.string == "<<", case .map(let merged) = self.value(of: value, timeZone: timeZone) {
                    for pair in merged.pairs where map[pair.key] == nil { map[pair.key] = pair.value }
                    continue
                }
                map[key.scalar?.string ?? self.value(of: key, timeZone: timeZone).text] = self.value(of: value, timeZone: timeZone)
            }
            return .map(map)
        case .alias: return .nil
        }
    }

    private static func plain(_ text: String, timeZone: TimeZone) -> LiquidValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .nil
        case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return .bool(true)
        case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return .bool(false)
        default: break
        }
        let digits = text.replacingOccurrences(of: "_", with: "")
        if digits.range(of: #"^[-+]?(0|[1-9][0-9]*)$"#, options: .regularExpression) != nil, let int = Int(digits) { return .int(int) }
        if digits.range(of: #"^[-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$"#, options: .regularExpression) != nil, let double = Double(digits) {
            return .double(double)
        }
        if text.range(of: #"^\d{4}-\d{1,2}-\d{1,2}([Tt ]|$)"#, options: .regularExpression) != nil, let date = PostDate.parse(text, in: timeZone) {
            return .date(LiquidDate(date: date, timeZone: timeZone))
        }
        return .string(text)
    }
}
