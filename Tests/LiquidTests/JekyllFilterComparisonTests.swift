import Foundation
import Testing
@testable import Liquid

/// Jekyll's filters through this engine and through Jekyll 4.3 itself (in UTC, with `site.url` and `site.baseurl` set).
@Suite struct JekyllFilterComparisonTests {
    static let variables: LiquidMap = [
        "site": ["url": "https://example.org", "baseurl": "/blog"],
        "text": "Hello, World! Ünïcödé & <tags> \"quoted\" it's",
        "spaced": "  many\n\t spaces   here  ",
        "date": "2024-05-01 14:05:09 +0200",
        "day": "2024-03-02",
        "third": "2024-03-23",
        "eleventh": "2024-03-11",
        "list": ["a", "b", "c"],
        "pair": ["a", "b"],
        "one": ["a"],
        "items": [
            ["title": "B", "group": "x", "rank": "10", "tags": ["t1", "t2"]],
            ["title": "A", "group": "y", "rank": "9", "tags": ["t2"]],
            ["title": "C", "group": "x", "tags": []],
        ],
        "data": ["n": 1, "f": 1.5, "s": "x\"y\n", "b": true, "z": nil, "l": [1, "two"]],
    ]

    static let templates: [String] = [
        "{{ text | slugify }}", "{{ text | slugify: 'raw' }}", "{{ text | slugify: 'pretty' }}", "{{ text | slugify: 'ascii' }}", "{{ text | slugify: 'latin' }}",
        "{{ text | slugify: 'none' }}", "{{ '--Leading and trailing--' | slugify }}", "{{ 'The _config.yml file' | slugify: 'pretty' }}",
        "{{ text | xml_escape }}", "{{ text | cgi_escape }}", "{{ 'a b/c?d=é&f=%20' | uri_escape }}", "{{ spaced | normalize_whitespace }}",
        "{{ data | jsonify }}", "{{ list | jsonify }}", "{{ text | jsonify }}", "{{ data | inspect }}", "{{ text | inspect }}",
        "{{ date | date_to_xmlschema }}", "{{ date | date_to_rfc822 }}", "{{ date | date_to_string }}", "{{ date | date_to_long_string }}",
        "{{ day | date_to_string: 'ordinal' }}", "{{ third | date_to_string: 'ordinal', 'US' }}", "{{ eleventh | date_to_long_string: 'ordinal' }}",
        "{{ day | date_to_long_string: 'ordinal', 'US' }}", "{{ '' | date_to_xmlschema }}|",
        "{{ 'assets/x.png' | relative_url }}", "{{ '/assets/x.png' | relative_url }}", "{{ '' | relative_url }}", "{{ 'https://other.org/x' | relative_url }}",
        "{{ 'assets/a b.png' | relative_url }}", "{{ 'assets/x.png' | absolute_url }}", "{{ '' | absolute_url }}", "{{ '/é.png' | absolute_url }}",
        "{{ items | where: 'group', 'x' | map: 'title' | join: ',' }}", "{{ items | where: 'tags', 't2' | map: 'title' | join: ',' }}",
        "{{ items | where_exp: 'item', 'item.group == \"y\"' | map: 'title' | join: ',' }}", "{{ items | where_exp: 'item', 'item.tags contains \"t1\"' | map: 'title' | join: ',' }}",
        "{{ items | find: 'group', 'x' | map: 'title' }}", "{{ items | find_exp: 'item', 'item.title == \"A\"' | map: 'group' }}",
        "{% assign groups = items | group_by: 'group' %}{% for g in groups %}{{ g.name }}:{{ g.size }}:{{ g.items | map: 'title' | join: '+' }};{% endfor %}",
        "{% assign groups = items | group_by_exp: 'item', 'item.title | downcase' %}{% for g in groups %}{{ g.name }}:{{ g.size }};{% endfor %}",
        "{{ items | sort: 'title' | map: 'title' | join: ',' }}", "{{ items | sort: 'rank' | map: 'title' | join: ',' }}", "{{ items | sort: 'rank', 'last' | map: 'title' | join: ',' }}",
        "{{ list | sort | join: ',' }}", "{{ 'one two  three' | number_of_words }}", "{{ '日本語 text' | number_of_words: 'cjk' }}", "{{ '日本語 text' | number_of_words: 'auto' }}",
        "{{ list | array_to_sentence_string }}", "{{ pair | array_to_sentence_string }}", "{{ one | array_to_sentence_string }}", "{{ list | array_to_sentence_string: 'or' }}",
        "{{ list | push: 'd' | join: ',' }}", "{{ list | pop | join: ',' }}", "{{ list | shift | join: ',' }}", "{{ list | unshift: 'z' | join: ',' }}", "{{ list | pop: 2 | join: ',' }}",
        "{{ '42abc' | to_integer }}", "{{ 'a \"quoted\" text' | smartify }}",
    ]

    /// Jekyll's `smartify` is kramdown's SmartyPants; this engine asks its host, here a fixed stand-in for the comparison.
    struct Host: LiquidHost {
        func smartify(_ text: String) -> String { text.replacingOccurrences(of: "\"quoted\"", with: "“quoted”") }
    }

    @Test func sameOutputAsJekyll() throws {
        guard RubyLiquid.isJekyllAvailable else {
            print("Jekyll is not installed; skipping the comparison")
            return
        }
        let expected = try #require(RubyLiquid.run(Self.templates, variables: Self.variables, jekyll: true))
        for (template, jekyll) in zip(Self.templates, expected) {
            let ours: String
            do {
                ours = try LiquidTemplate(template).render(Self.variables, host: Host()).output
            } catch {
                ours = "ERROR"
            }
            #expect(ours == jekyll, "\(template)")
        }
    }
}
