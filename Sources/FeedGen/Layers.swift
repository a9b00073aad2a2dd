// The layers below the site and the build (and the one that calls libxml2), which FeedGen's users (the CLI,
// the tests, the benchmarks) see through it: the model and its writers are
// targets of their own, so that the compiler keeps them free of loading,
// validation and publishing.
@_exported import FeedModel
@_exported import FeedWriters
@_exported import FeedXML
