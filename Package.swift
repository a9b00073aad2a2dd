// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "feedgen",
    products: [
        .executable(name: "feedgen", targets: ["feedgen"]),
        .library(name: "FeedGen", targets: ["FeedGen"]),
        .library(name: "Liquid", targets: ["Liquid"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // The Liquid language with Jekyll's tags and filters: imports only Foundation.
        .target(name: "Liquid"),
        // The neutral feed model (a feed, its entries, people, dates as wall clocks,
        // what XML can hold): imports only Foundation.
        .target(name: "FeedModel"),
        // One writer per format over the model, and nothing else.
        .target(name: "FeedWriters", dependencies: ["FeedModel"]),
        // What every layer above the model shares: a problem at a position
        // (Diagnostic), the JSON parser, paths, hashes, "did you mean".
        .target(name: "FeedSupport"),
        // The one target that calls libxml2: XML parsing with RELAX NG, and the
        // HTML parser that URLs inside content are rewritten with.
        .target(name: "FeedXML", dependencies: ["FeedModel", "FeedSupport", "CLibXML2"]),
        // The checks a feed passes before it is published: RELAX NG schemas,
        // the JSON Feed rules, the semantic checks, a published feed's history.
        .target(name: "FeedValidation", dependencies: ["FeedModel", "FeedWriters", "FeedXML", "FeedSupport"]),
        // A site read as its own generator reads it: config (feedgen's, Jekyll's,
        // Hugo's), the posts' folders and front matter, Liquid, shortcodes and Markdown.
        .target(
            name: "SiteLoading",
            dependencies: ["FeedModel", "FeedWriters", "FeedXML", "FeedSupport", "Liquid", "CCmarkGFM", "Yams", "TOMLKit"]
        ),
        // The build: the stages from scan to publish, the entries made from posts,
        // the cache, publishing, hub pings and the preview page.
        .target(name: "FeedBuild", dependencies: ["FeedModel", "FeedWriters", "FeedXML", "FeedSupport", "FeedValidation", "SiteLoading"]),
        // The library as the CLI, the tests and the benchmarks see it: every layer, re-exported.
        .target(name: "FeedGen", dependencies: ["FeedModel", "FeedWriters", "FeedXML", "FeedSupport", "FeedValidation", "SiteLoading", "FeedBuild"]),
        .executableTarget(
            name: "feedgen",
            dependencies: [
                "FeedGen",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "FeedGenTests",
            // The executable is a dependency so that tests can run the real binary.
            dependencies: ["FeedGen", "feedgen"],
            // Goldens are read from the source tree, so that a recording run can rewrite them.
            exclude: ["Golden"]
        ),
        .testTarget(name: "LiquidTests", dependencies: ["Liquid"]),
    ]
)
