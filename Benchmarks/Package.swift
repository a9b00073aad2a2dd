// swift-tools-version: 6.1
// A package of its own so that the main package, its tests and CI never build
// ordo-one/benchmark. Run from this folder: `swift package benchmark`.
import PackageDescription

// SwiftPM names a path dependency after its folder, not its manifest: "main"
// here, something else in another clone.
let feedgenPackage = Context.packageDirectory.split(separator: "/").dropLast().last.map { $0.lowercased() } ?? "feedgen"

let package = Package(
    name: "FeedGenBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        // Only the malloc interposer: jemalloc is not needed, and the trait list
        // leaves out the default RuntimeInterposer, whose package is not mirrored here.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "FeedGenBenchmarks",
            dependencies: [
                .product(name: "FeedGen", package: feedgenPackage),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/FeedGenBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
