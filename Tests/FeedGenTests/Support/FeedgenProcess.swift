import Foundation

/// Runs the built `feedgen` binary as a user would, in a given folder.
struct FeedgenProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// SwiftPM puts the test bundle next to the products it built.
    static var binary: URL {
        Bundle.main.bundleURL.appendingPathComponent("feedgen")
    }

    /// `executable` runs another program the same way (the install test's scripts, readelf, man).
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:], executable: URL = binary) throws -> Result {
        let process = try start(arguments, in: folder, environment: environment, executable: executable)
        return finish(process)
    }

    static func start(_ arguments: [String], in folder: URL, environment: [String: String] = [:], executable: URL = binary) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        return process
    }

    static func finish(_ process: Process) -> Result {
        let out = (process.standardOutput as! Pipe).fileHandleForReading.readDataToEndOfFile()
        let err = (process.standardError as! Pipe).fileHandleForReading.readDataToEndOfFile()
        let processStatus = process.waitForExit()
        return Result(status: processStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }
}
