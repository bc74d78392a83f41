import ScrutinyModel

/// What a sync needs to know of the web service's lists before asking for each meeting: the
/// committees of `GetCommittees` (`<committee><committeeid/><committeetitle/>…`) and the
/// meetings of `GetMeetings` (`<committee><committeemeetings><meeting><meetingid/><meetingdate/>`).
public enum ModernGovIndex {
    public struct Committee: Hashable, Sendable {
        public var id: String
        public var title: String
    }

    public struct MeetingEntry: Hashable, Sendable {
        public var id: String
        public var date: CalendarDate?
    }

    /// The committees listed, those marked deleted left out. An answer that is not the list (an
    /// HTML error page, another document) is an error saying what came instead.
    public static func committees(_ bytes: [UInt8], file: String) throws -> [Committee] {
        let root = try answer(bytes, file: file, expecting: ["committees", "getcommittees"])
        return root.all("committee").compactMap { node in
            guard let id = node.value("committeeid"), let title = node.value("committeetitle", "committeename"),
                  !ModernGovXMLReader.isTrue(node.value("committeedeleted")) else { return nil }
            return Committee(id: id, title: HTMLText.plain(title))
        }
    }

    /// The meetings listed, in the answer's order.
    public static func meetings(_ bytes: [UInt8], file: String) throws -> [MeetingEntry] {
        let root = try answer(bytes, file: file, expecting: ["getmeetings", "meetings"])
        return root.all("meeting").compactMap { node in
            node.value("meetingid").map { MeetingEntry(id: $0, date: node.value("meetingdate").flatMap(DateText.parse)) }
        }
    }

    /// An HTML page (an error or maintenance page) where the web service's XML was expected is an error saying so.
    public static func refuseHTML(_ bytes: [UInt8], file: String) throws {
        let head = String(decoding: bytes.prefix(300), as: UTF8.self).lowercased()
        if head.contains("<html") || head.contains("<!doctype html") {
            throw FormatError(file: file, line: nil, "the server answered with an HTML page where the web service's XML was expected")
        }
    }

    private static func answer(_ bytes: [UInt8], file: String, expecting roots: Set<String>) throws -> XMLElementNode {
        try refuseHTML(bytes, file: file)
        var root = try XMLElementNode.parse(bytes, file: file)
        // Called by SOAP, the answer sits inside Envelope/Body/…Response/…Result.
        while !roots.contains(root.name), root.children.count == 1 { root = root.children[0] }
        guard roots.contains(root.name) else {
            throw FormatError(file: file, line: root.line, "the answer is <\(root.name)>, not the \(roots.sorted().joined(separator: " or ")) list asked for")
        }
        return root
    }
}
