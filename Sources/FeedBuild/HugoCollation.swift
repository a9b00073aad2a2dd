import Foundation

/// How Hugo compares link titles when it orders pages: with the Unicode
/// collation (Go's `x/text/collate`), which ICU's, through Foundation, matches:
/// letters before case (`a` before `B`), lower case first, accents after
/// letters, digits as characters (`N10` before `N2`).
enum HugoCollation {
    private static let locale = Locale(identifier: "en")

    static func compare(_ first: String, _ second: String) -> ComparisonResult {
        first.compare(second, options: [], range: nil, locale: locale)
    }
}
