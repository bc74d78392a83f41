import Foundation
import ScrutinyFormats

/// OParl's objects and lists as a server sends them: a list is pages of `{"data": [...],
/// "links": {"next": …}}`, followed to the end; `modified_since` (a date and time with its
/// zone) asks a list for what changed since then. Some servers send a lone object where a
/// list was asked for, want the filter's time unescaped, or answer an empty filtered list with
/// 404: each is taken as it means.
struct OParlLists {
    typealias Object = [String: Any]
    let server: any CouncilFetching
    /// Pages of one list, at most: a list that never ends is a server's fault, not a council's archive.
    static let pageLimit = 10_000

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// One object, by its address.
    func object(_ address: String) throws -> Object {
        guard let object = try json(address) as? Object else { throw Failure(description: "\(address): the answer is not an OParl object") }
        return object
    }

    /// Every object of the list at `reference` (an address, or the list itself embedded), given
    /// to `each` page by page. Returns false when the list changed while its pages were read
    /// (its count moved): what moved between pages may have been missed, and the next sync asks again.
    @discardableResult
    func all(_ reference: Any?, since: String?, _ each: (Object) throws -> Void = { _ in }) throws -> Bool {
        if let embedded = reference as? [Any] {
            for case let object as Object in embedded { try each(object) }
            return true
        }
        guard let address = reference as? String, var next = URL(string: address) else { return true }
        if let since { next = Self.adding(since, to: next) }
        var seen = Set<String>(), pages = 0, total: Int?, steady = true, escaped = true
        while true {
            guard seen.insert(next.absoluteString).inserted, pages < Self.pageLimit else {
                throw Failure(description: "\(address): the list's pages lead round in a loop")
            }
            pages += 1
            let page: Any
            do {
                page = try json(next.absoluteString)
            } catch let failure as FetchFailure where since != nil && pages == 1 && failure.description.contains("HTTP 404") {
                // Some servers want the filter's time unescaped; some say "nothing changed" with a 404.
                guard escaped, let since, let plain = URL(string: address).map({ Self.adding(since, to: $0, escaped: false) }) else { return true }
                escaped = false
                next = plain
                seen.removeAll()
                pages = 0
                continue
            }
            if let object = page as? Object, object["data"] == nil, object["id"] != nil {
                try each(object)
                return true
            }
            guard let listing = page as? Object, let data = listing["data"] as? [Any] else {
                throw Failure(description: "\(next.absoluteString): the answer is not an OParl list (no \"data\")")
            }
            for case let object as Object in data { try each(object) }
            let count = (listing["pagination"] as? Object)?["totalElements"] as? Int
            if let count, let total, count != total { steady = false }
            total = total ?? count
            guard let link = ((listing["links"] as? Object)?["next"] as? String), let url = URL(string: link, relativeTo: next) else {
                return steady
            }
            next = url.absoluteURL
            // The filter belongs on every page; a server that drops it from its links gets it back.
            if let since, !(next.query ?? "").contains("modified_since=") { next = Self.adding(since, to: next, escaped: escaped) }
        }
    }

    /// The JSON of an answer; an HTML page or broken JSON is an error saying which.
    private func json(_ address: String) throws -> Any {
        guard let url = URL(string: address) else { throw Failure(description: "\(address) is not a web address") }
        let body = try server.fetch(url)
        let head = String(decoding: body.prefix(300), as: UTF8.self).lowercased()
        if head.contains("<html") || head.contains("<!doctype html") {
            throw Failure(description: "\(address): the server answered with an HTML page where OParl's JSON was expected")
        }
        do {
            return try JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed])
        } catch {
            throw Failure(description: "\(address): the answer is not JSON that can be read")
        }
    }

    /// The address with `modified_since` added, its "+" and ":" escaped as the specification
    /// asks (a bare "+" reads as a space) or, for servers that read the query undecoded, not.
    static func adding(_ since: String, to url: URL, escaped: Bool = true) -> URL {
        var parts = URLComponents(url: url, resolvingAgainstBaseURL: true)!
        let value = escaped ? since.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._"))) ?? since : since
        parts.percentEncodedQuery = (parts.percentEncodedQuery.map { $0 + "&" } ?? "") + "modified_since=" + value
        return parts.url!
    }
}
