import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import ScrutinyCommands

/// A council's server, asked politely: one request at a time with a pause between, a
/// User-Agent naming Scrutiny, a timeout, retries with back-off on a 5xx answer or a dropped
/// connection, a clear message on a 4xx. Answers are written to a file as they arrive and cut
/// off past `limit` bytes, so a gigantic answer neither fills memory nor the disk. TLS is
/// verified by URLSession (libcurl); redirects are followed up to its own limit.
package final class CouncilServer: CouncilFetching, @unchecked Sendable {
    static let userAgent = "Scrutiny/\(Scrutiny.version) (committee papers reader; one request at a time)"

    let pause: TimeInterval
    let retries: Int
    let limit: Int
    private let receiver = Receiver()
    private let session: URLSession
    private var lastRequest: Date?
    /// Requests made and bytes received, for the summary.
    package private(set) var requests = 0
    package private(set) var bytes = 0

    package init(pause: TimeInterval, timeout: TimeInterval = 30, retries: Int = 3, limit: Int = 64 << 20) {
        self.pause = pause
        self.retries = retries
        self.limit = limit
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        configuration.httpAdditionalHeaders = ["User-Agent": Self.userAgent]
        session = URLSession(configuration: configuration, delegate: receiver, delegateQueue: nil)
    }

    /// The body of `url`, after retries; a failure says what the server did.
    package func fetch(_ url: URL) throws -> [UInt8] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("scrutiny-answer-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try download(url, to: file)
        return [UInt8](try Data(contentsOf: file))
    }

    /// Writes the body of `url` to `file` (whole, or not at all) and returns its size.
    @discardableResult
    package func download(_ url: URL, to file: URL) throws -> Int {
        var attempt = 0
        while true {
            attempt += 1
            wait()
            let partial = file.appendingPathExtension("part")
            defer { try? FileManager.default.removeItem(at: partial) }
            switch once(url, into: partial) {
            case .success(let size):
                _ = try? FileManager.default.removeItem(at: file)
                try FileManager.default.moveItem(at: partial, to: file)
                return size
            case .failure(let failure) where failure.retry && attempt <= retries:
                Thread.sleep(forTimeInterval: min(8, 0.25 * pow(2, Double(attempt - 1))))
            case .failure(let failure):
                throw FetchFailure(description: "\(url.absoluteString): \(failure.message)" + (attempt > 1 ? " (after \(attempt) tries)" : ""),
                              lasting: !failure.retry)
            }
        }
    }

    private func wait() {
        if let lastRequest, pause > 0 {
            let left = pause - Date().timeIntervalSince(lastRequest)
            if left > 0 { Thread.sleep(forTimeInterval: left) }
        }
        lastRequest = Date()
    }

    private func once(_ url: URL, into file: URL) -> Result<Int, Attempt> {
        guard FileManager.default.createFile(atPath: file.path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = try? FileHandle(forWritingTo: file) else {
            return .failure(Attempt(message: "cannot write to \(file.deletingLastPathComponent().path)", retry: false))
        }
        defer { try? handle.close() }
        let transfer = Transfer(handle: handle, limit: limit)
        receiver.transfer = transfer
        session.dataTask(with: url).resume()
        transfer.done.wait()
        requests += 1
        bytes += transfer.received
        return transfer.result
    }
}

/// Why one try failed, and whether another may do better.
private struct Attempt: Error {
    var message: String
    var retry: Bool
}

/// One request's progress: the file its body goes to, and how it ended.
private final class Transfer: @unchecked Sendable {
    let handle: FileHandle
    let limit: Int
    let done = DispatchSemaphore(value: 0)
    var received = 0
    var result: Result<Int, Attempt> = .failure(Attempt(message: "no answer", retry: true))
    /// Set when the answer is refused before its end (a status or a size), so the task's own
    /// ending does not overwrite the reason.
    var refused: Attempt?

    init(handle: FileHandle, limit: Int) {
        self.handle = handle
        self.limit = limit
    }
}

/// URLSession's delegate: one request at a time, its body written as it comes.
private final class Receiver: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    var transfer: Transfer?

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        guard let transfer, let http = response as? HTTPURLResponse else { return completionHandler(.cancel) }
        switch http.statusCode {
        case 200..<300 where http.expectedContentLength > Int64(transfer.limit):
            transfer.refused = Attempt(message: Self.tooLarge(transfer.limit), retry: false)
        case 200..<300:
            return completionHandler(.allow)
        case 500...:
            transfer.refused = Attempt(message: "the server failed (HTTP \(http.statusCode))", retry: true)
        default:
            let why = http.statusCode == 404 ? "not found" : HTTPURLResponse.localizedString(forStatusCode: http.statusCode)
            transfer.refused = Attempt(message: "the server refused (HTTP \(http.statusCode): \(why))", retry: false)
        }
        completionHandler(.cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard let transfer, transfer.refused == nil else { return }
        transfer.received += data.count
        if transfer.received > transfer.limit {
            transfer.refused = Attempt(message: Self.tooLarge(transfer.limit), retry: false)
            return dataTask.cancel()
        }
        do {
            try transfer.handle.write(contentsOf: data)
        } catch {
            transfer.refused = Attempt(message: "cannot keep the answer: \(error.localizedDescription)", retry: false)
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        guard let transfer else { return }
        if let refused = transfer.refused {
            transfer.result = .failure(refused)
        } else if let error {
            transfer.result = .failure(Self.attempt(error, timeout: session.configuration.timeoutIntervalForRequest))
        } else {
            transfer.result = .success(transfer.received)
        }
        self.transfer = nil
        transfer.done.signal()
    }

    /// What went wrong with the connection, in words, and whether another try may mend it.
    private static func attempt(_ error: Error, timeout: TimeInterval) -> Attempt {
        guard let error = error as? URLError else { return Attempt(message: "the connection failed: \(error.localizedDescription)", retry: true) }
        switch error.code {
        case .timedOut: return Attempt(message: "no answer within \(Int(timeout)) seconds (timed out)", retry: true)
        case .httpTooManyRedirects: return Attempt(message: "the server redirects the request round in a loop", retry: false)
        case .cannotFindHost, .dnsLookupFailed: return Attempt(message: "no such host is known", retry: false)
        case .cannotConnectToHost: return Attempt(message: "nothing answers at that address (connection refused)", retry: true)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
             .serverCertificateHasUnknownRoot, .clientCertificateRejected:
            return Attempt(message: "the server's TLS certificate could not be verified; nothing was fetched from it", retry: false)
        case .networkConnectionLost: return Attempt(message: "the connection dropped before the answer ended", retry: true)
        default: return Attempt(message: "the connection failed: \(error.localizedDescription)", retry: true)
        }
    }

    private static func tooLarge(_ limit: Int) -> String { "the answer is larger than \(limit >> 20) MB, more than any paper; not kept" }
}
