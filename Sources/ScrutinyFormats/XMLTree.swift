import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document read into elements, names lowercased (Modern.gov's answers vary in case).
/// Elements, their attributes (names lowercased) and their text are kept; comments and
/// processing instructions are not needed for council papers.
final class XMLElementNode {
    let name: String
    let line: Int
    let attributes: [String: String]
    var text = ""
    var children: [XMLElementNode] = []

    init(name: String, line: Int, attributes: [String: String] = [:]) {
        self.name = name
        self.line = line
        self.attributes = attributes
    }

    /// The trimmed value of the first of these attributes that is not empty.
    func attribute(_ names: String...) -> String? {
        for name in names { if let value = attributes[name]?.trimmed, !value.isEmpty { return value } }
        return nil
    }

    /// The first child with one of these names.
    func child(_ names: String...) -> XMLElementNode? {
        for name in names { if let found = children.first(where: { $0.name == name }) { return found } }
        return nil
    }

    /// The trimmed text of the first child with one of these names, nil when empty.
    func value(_ names: String...) -> String? {
        for name in names {
            if let found = children.first(where: { $0.name == name }), !found.text.trimmed.isEmpty { return found.text.trimmed }
        }
        return nil
    }

    /// Every descendant with this name, in document order, not looking inside a match.
    func all(_ name: String) -> [XMLElementNode] {
        children.flatMap { $0.name == name ? [$0] : $0.all(name) }
    }

    /// Reads XML bytes; a malformed document is an error naming the line.
    static func parse(_ bytes: [UInt8], file: String) throws -> XMLElementNode {
        let builder = Builder()
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        builder.parser = parser
        guard parser.parse(), let root = builder.root else {
            let cause = builder.failure ?? parser.parserError.map { "\($0.localizedDescription)" } ?? "it is not well-formed"
            throw FormatError(file: file, line: parser.lineNumber > 0 ? parser.lineNumber : nil, "the XML cannot be read: \(cause)")
        }
        if let open = builder.stack.last {
            throw FormatError(file: file, line: parser.lineNumber, "the XML ends before <\(open.name)> is closed")
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        weak var parser: XMLParser?
        var root: XMLElementNode?
        var stack: [XMLElementNode] = []
        var failure: String?
        /// Deeper than any council answer: a guard against documents built to exhaust the stack.
        static let maximumDepth = 64

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            guard stack.count < Self.maximumDepth else {
                failure = "elements are nested more than \(Self.maximumDepth) deep"
                parser.abortParsing()
                return
            }
            let local = name.split(separator: ":").last.map(String.init) ?? name
            let node = XMLElementNode(name: local.lowercased(), line: parser.lineNumber,
                                      attributes: Dictionary(attributes.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first }))
            stack.last?.children.append(node)
            if root == nil { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            stack.last?.text += String(decoding: block, as: UTF8.self)
        }
    }
}
