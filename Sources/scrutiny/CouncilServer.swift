import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A council's server, asked politely: one request at a time with a pause between, a
/// User-Agent naming Scrutiny, a timeout, retries with back-off on a 5xx answer or a dropped
/// connection, a clear message on a 4xx, answers no larger than `limit`. TLS is verified by
/// URLSession (libcurl), redirects followed up to its own limit.
final class CouncilServer: @unchecked Sendable {
    static let userAgent = "Scrutiny/\(Scrutiny.version) (committee papers reader; one request at a time)"

    let pause: TimeInterval
    let retries: Int
    let limit: Int
    private let session: URLSession
    private var lastRequest: Date?
    /// Requests made and bytes received, for the summary.
    private(set) var requests = 0
    private(set) var bytes = 0

    init(pause: TimeInterval, timeout: TimeInterval = 30, retries: Int = 3, limit: Int = 64 << 20) {
        self.pause = pause
        self.retries = retries
        self.limit = limit
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        configuration.httpAdditionalHeaders = ["User-Agent": Self.userAgent]
        session = URLSession(configuration: configuration)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The body of `url`, after retries; a failure says what the server did.
    func fetch(_ url: URL) throws -> [UInt8] {
        var attempt = 0
        while true {
            attempt += 1
            wait()
            switch once(url) {
            case .success(let body): return body
            case .failure(let failure) where failure.retry && attempt <= retries:
                Thread.sleep(forTimeInterval: min(8, 0.25 * pow(2, Double(attempt - 1))))
            case .failure(let failure):
                throw Failure(description: "\(url.absoluteString): \(failure.message)" + (attempt > 1 ? " (after \(attempt) tries)" : ""))
            }
        }
    }

    private struct Attempt: Error {
        var message: String
        var retry: Bool
    }

    private func wait() {
        if let lastRequest, pause > 0 {
            let left = pause - Date().timeIntervalSince(lastRequest)
            if left > 0 { Thread.sleep(forTimeInterval: left) }
        }
        lastRequest = Date()
    }

    private func once(_ url: URL) -> Result<[UInt8], Attempt> {
        final class Box: @unchecked Sendable { var result: Result<[UInt8], Attempt> = .failure(Attempt(message: "no answer", retry: true)) }
        let box = Box(), done = DispatchSemaphore(value: 0)
        let limit = limit
        session.dataTask(with: url) { data, response, error in
            defer { done.signal() }
            if let error {
                box.result = .failure(Attempt(message: "the connection failed: \(error.localizedDescription)", retry: true))
                return
            }
            guard let http = response as? HTTPURLResponse else {
                box.result = .failure(Attempt(message: "the answer was not HTTP", retry: false))
                return
            }
            switch http.statusCode {
            case 200..<300:
                guard let data, data.count <= limit else {
                    box.result = .failure(Attempt(message: "the answer is larger than \(limit >> 20) MB", retry: false))
                    return
                }
                box.result = .success([UInt8](data))
            case 500...:
                box.result = .failure(Attempt(message: "the server failed (HTTP \(http.statusCode))", retry: true))
            default:
                let why = http.statusCode == 404 ? "not found" : HTTPURLResponse.localizedString(forStatusCode: http.statusCode)
                box.result = .failure(Attempt(message: "the server refused (HTTP \(http.statusCode): \(why))", retry: false))
            }
        }.resume()
        done.wait()
        requests += 1
        if case .success(let body) = box.result { bytes += body.count }
        return box.result
    }
}
