// feedgen's library, as its users (the CLI, the tests, the benchmarks) see it:
// every layer re-exported. The layers themselves are targets of their own, so
// that the compiler keeps each free of those above it (ARCHITECTURE.md).
@_exported import FeedModel
@_exported import FeedWriters
@_exported import FeedXML
@_exported import FeedSupport
@_exported import FeedValidation
@_exported import SiteLoading
@_exported import FeedBuild
