import FeedModel
/// What comes before an XML document's root element: enough to tell the
/// feed format and to refuse a DOCTYPE before libxml2 reads its entities.
package struct XMLProlog {
    /// The root element's local name (`feed`, `rss`), when one was found.
    package var rootName: String?
    /// Line of a `<!DOCTYPE`, when the document has one.
    package var doctypeLine: Int?

    package init(_ bytes: [UInt8]) {
        var index = 0
        var line = 1
        let end = bytes.count
        func advance(to target: Int) {
            while index < target {
                if bytes[index] == UInt8(ascii: "\n") { line += 1 }
                index += 1
            }
        }
        func find(_ pattern: String, from start: Int) -> Int? {
            let needle = Array(pattern.utf8)
            var position = start
            while position + needle.count <= end {
                if bytes[position] == needle[0] && bytes[position..<position + needle.count].elementsEqual(needle) { return position }
                position += 1
            }
            return nil
        }
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            advance(to: open)
            let rest = bytes[open...]
            if rest.starts(with: "<!--".utf8) {
                guard let close = find("-->", from: open + 4) else { return }
                advance(to: close + 3)
            } else if rest.starts(with: "<?".utf8) {
                guard let close = find("?>", from: open + 2) else { return }
                advance(to: close + 2)
            } else if rest.starts(with: "<!".utf8) {
                doctypeLine = doctypeLine ?? line
                // Skip the declaration and its internal subset, to reach the root element.
                let bracket = find("[", from: open)
                let closeAngle = find(">", from: open) ?? end
                let subsetEnd = bracket.flatMap { $0 < closeAngle ? find("]", from: $0) : nil } ?? open
                guard let close = find(">", from: subsetEnd) else { return }
                advance(to: close + 1)
            } else {
                let name = rest.dropFirst().prefix { !([0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/")] as [UInt8]).contains($0) }
                rootName = String(decoding: name, as: UTF8.self).split(separator: ":").last.map(String.init)
                return
            }
        }
    }
}
