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
        // The one target that calls libxml2: XML parsing with RELAX NG, and the
        // HTML parser that URLs inside content are rewritten with.
        .target(name: "FeedXML", dependencies: ["FeedModel", "CLibXML2"]),
        .target(
            name: "FeedGen",
            dependencies: ["FeedModel", "FeedWriters", "FeedXML", "CCmarkGFM", "Yams", "Liquid", "TOMLKit"]
        ),
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
