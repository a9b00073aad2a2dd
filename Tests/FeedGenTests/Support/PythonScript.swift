import Foundation

/// Runs one of the test suite's Python scripts (Tests/feedparser/) and returns what it printed.
enum PythonScript {
    struct Failure: Error, CustomStringConvertible {
        var script: String
        var status: Int32
        var stderr: String
        var description: String { "\(script) exited \(status): \(stderr)" }
    }

    static func run(_ script: URL, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let problems = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let processStatus = process.waitForExit()
        guard processStatus == 0 else {
            throw Failure(script: script.lastPathComponent, status: processStatus, stderr: problems)
        }
        return data
    }
}
