import FeedWriters
import Foundation

/// One form-encoded HTTP POST with a deadline, for WebSub pings: `http://`
/// over a POSIX socket (HTTP/1.1, `Connection: close`), `https://` through
/// the `curl` program. Not URLSession: FoundationNetworking would link
/// libcurl and its TLS stack into every run of feedgen (start-up time,
/// `--static-swift-stdlib` builds) for a request that only a build which
/// changed a feed makes; curl does TLS and certificate checks as the system
/// configures them, and costs nothing when there is nothing to ping.
enum HTTPPost {
    /// Why a request got no answer (its words are `BuildReason`'s).
    typealias Failure = BuildReason.HubTrouble

    /// The response's status code.
    static func send(_ url: String, form: [(String, String)], timeout: Double) -> Result<Int, Failure> {
        let body = form.map { percentEncoded($0) + "=" + percentEncoded($1) }.joined(separator: "&")
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(), let host = components.host, !host.isEmpty else {
            return .failure(.notHTTPURL)
        }
        switch scheme {
        case "http": return plain(components, host: host, body: body, timeout: timeout)
        case "https": return throughCurl(url, form: form, timeout: timeout)
        default: return .failure(.notHTTPURL)
        }
    }

    /// application/x-www-form-urlencoded: everything but RFC 3986's unreserved characters escaped.
    static func percentEncoded(_ text: String) -> String {
        var output = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                output.unicodeScalars.append(UnicodeScalar(byte))
            default:
                output += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return output
    }

    private static func plain(_ components: URLComponents, host: String, body: String, timeout: Double) -> Result<Int, Failure> {
        let deadline = Date().addingTimeInterval(timeout)
        let port = components.port ?? 80
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let first = found else {
            return .failure(.cannotResolve(host))
        }
        defer { freeaddrinfo(found) }
        var failure = Failure.noAddress
        var address: UnsafeMutablePointer<addrinfo>? = first
        while let candidate = address {
            address = candidate.pointee.ai_next
            switch connect(candidate.pointee, deadline: deadline) {
            case .failure(let problem): failure = problem
            case .success(let socket):
                defer { close(socket) }
                let path = (components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath)
                    + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
                let hostField = host + (components.port.map { ":\($0)" } ?? "")
                let request = "POST \(path) HTTP/1.1\r\nHost: \(hostField)\r\nUser-Agent: \(FeedGenerator.name)/\(FeedGenerator.version)\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n" + body
                return exchange(Array(request.utf8), on: socket, deadline: deadline)
            }
        }
        return .failure(failure)
    }

    /// A connected socket, connecting without blocking past the deadline.
    private static func connect(_ info: addrinfo, deadline: Date) -> Result<Int32, Failure> {
        let socket = Glibc.socket(info.ai_family, info.ai_socktype | Int32(SOCK_CLOEXEC.rawValue), info.ai_protocol)
        guard socket >= 0 else { return .failure(.system(errno)) }
        let flags = fcntl(socket, F_GETFL)
        _ = fcntl(socket, F_SETFL, flags | O_NONBLOCK)
        if Glibc.connect(socket, info.ai_addr, info.ai_addrlen) != 0 && errno != EINPROGRESS {
            let code = errno
            close(socket)
            return .failure(.system(code))
        }
        guard wait(socket, for: Int16(POLLOUT), until: deadline) else {
            close(socket)
            return .failure(.noConnectionInTime)
        }
        var error: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        getsockopt(socket, SOL_SOCKET, SO_ERROR, &error, &length)
        guard error == 0 else {
            close(socket)
            return .failure(.system(error))
        }
        return .success(socket)
    }

    /// Sends the request and reads the status line of the answer.
    private static func exchange(_ request: [UInt8], on socket: Int32, deadline: Date) -> Result<Int, Failure> {
        var sent = 0
        while sent < request.count {
            guard wait(socket, for: Int16(POLLOUT), until: deadline) else { return .failure(.noAnswerInTime) }
            let count = request[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count < 0 {
                if errno == EAGAIN || errno == EINTR { continue }
                return .failure(.system(errno))
            }
            sent += count
        }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1024)
        while !answer.contains(UInt8(ascii: "\n")) && answer.count < 8192 {
            guard wait(socket, for: Int16(POLLIN), until: deadline) else { return .failure(.noAnswerInTime) }
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count < 0 {
                if errno == EAGAIN || errno == EINTR { continue }
                return .failure(.system(errno))
            }
            if count == 0 { break }
            answer += buffer[..<count]
        }
        // "HTTP/1.1 204 No Content"
        let statusLine = String(decoding: answer.prefix { $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n") }, as: UTF8.self).split(separator: " ")
        guard statusLine.count >= 2, statusLine[0].hasPrefix("HTTP/"), let status = Int(statusLine[1]) else {
            return .failure(.notHTTPAnswer)
        }
        return .success(status)
    }

    private static func wait(_ socket: Int32, for events: Int16, until deadline: Date) -> Bool {
        while true {
            let milliseconds = Int32(max(0, deadline.timeIntervalSinceNow * 1000))
            var descriptor = pollfd(fd: socket, events: events, revents: 0)
            let ready = poll(&descriptor, 1, milliseconds)
            if ready < 0 && errno == EINTR { continue }
            return ready > 0
        }
    }

    /// `curl`, which must be on the PATH, for https.
    private static func throughCurl(_ url: String, form: [(String, String)], timeout: Double) -> Result<Int, Failure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["curl", "--silent", "--show-error", "--max-time", String(format: "%.1f", timeout), "--output", "/dev/null",
                             "--write-out", "%{http_code}", "--user-agent", "\(FeedGenerator.name)/\(FeedGenerator.version)"]
            + form.flatMap { ["--data-urlencode", $0 + "=" + $1] } + ["--", url]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { return .failure(.cannotRunCurl) }
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problem = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 127 { return .failure(.curlMissing) }
        guard process.terminationStatus == 0, let status = Int(printed) else {
            return .failure(problem.split(separator: "\n").first.map { .curl(String($0).replacingOccurrences(of: "curl: ", with: "")) }
                ?? .curlExited(process.terminationStatus))
        }
        return .success(status)
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
