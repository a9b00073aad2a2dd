import Testing
import FeedGen
@testable import SiteLoading

/// How Hugo 0.111 makes path segments: each expected value below is what the
/// real `hugo` wrote for that text (`urlize` and a `:title` permalink, and a
/// content file's name), checked by hand and by `HugoSiteTests`.
@Suite struct HugoPathTests {
    @Test func fileAndFolderNames() {
        let cases = [
            ("a+b", "a+b"), ("a b", "a-b"), ("a  b", "a-b"), ("a - b", "a-b"), ("a'b", "ab"), ("a?b", "ab"),
            ("a_b", "a_b"), ("a.b", "a.b"), ("a#b", "a#b"), ("a~b", "a~b"), ("a@b", "a@b"), ("a%20b", "a%20b"),
            ("a%zzb", "azzb"), ("a/b", "a/b"), ("a\\b", "a%5Cb"), ("a&b", "ab"), ("a(b)", "ab"), (" lead", "lead"),
            ("trail ", "trail"), ("a–b", "ab"), ("a,b", "ab"), ("Ünï", "%C3%BCn%C3%AF"),
            ("日本語 テスト", "%E6%97%A5%E6%9C%AC%E8%AA%9E-%E3%83%86%E3%82%B9%E3%83%88"), ("a\tb", "a-b"), ("a--b", "a--b"),
            ("a -b", "a-b"), ("-a", "-a"), ("1.0.0", "1.0.0"), ("Big.Bundle", "big.bundle"), ("A+B file", "a+b-file"),
            ("it's", "its"), ("0.89.4 Rel Notes", "0.89.4-rel-notes"),
        ]
        for (text, expected) in cases { #expect(HugoPath.segment(text) == expected, "\(text)") }
    }

    @Test func titlesInPermalinks() {
        let cases = [
            ("a+b", "a-b"), ("a\\b", "a%5Cb"), ("x (y) z", "x-y-z"), ("C# and C++", "c#-and-c-"), ("Hello, World!", "hello-world"),
            ("100% sure", "100-sure"), ("a%20b", "a-b"), ("end?", "end"), ("Ünï Côde", "%C3%BCn%C3%AF-c%C3%B4de"),
            ("Ça va? L'été — “quotes” 100% #1 a+b ~x @y", "%C3%A7a-va-l%C3%A9t%C3%A9-quotes-100-#1-a-b-~x-@y"),
            ("Hello World.V2", "hello-world.v2"),
        ]
        for (text, expected) in cases { #expect(HugoPath.urlize(text) == expected, "\(text)") }
    }
}
