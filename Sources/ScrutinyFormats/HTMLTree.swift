import CHTMLReader

/// An HTML document as libxml2's HTML parser reads it (broken markup recovered as a browser
/// would), copied into Swift values: elements with their lowercased names and attributes,
/// and text with its entities decoded.
indirect enum HTMLNode: Equatable {
    case element(name: String, attributes: [String: String], children: [HTMLNode])
    case text(String)

    static let empty = HTMLNode.element(name: "html", attributes: [:], children: [])

    /// Parses UTF-8 HTML; a fragment (council minutes inside XML) is wrapped as the parser wraps it.
    static func parse(_ html: String) -> HTMLNode {
        let bytes = Array(html.utf8)
        guard !bytes.isEmpty else { return empty }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                scrutiny_html_parse($0, Int32(clamping: buffer.count))
            }
        }
        guard let document else { return .element(name: "html", attributes: [:], children: [.text(html)]) }
        defer { scrutiny_html_free(document) }
        guard let root = scrutiny_html_root(document) else { return empty }
        return copy(root, depth: 0) ?? empty
    }

    /// Deeper than any council page: what lies below is dropped (pages built to exhaust the stack).
    static let maximumDepth = 256

    private static func copy(_ node: UnsafeRawPointer, depth: Int) -> HTMLNode? {
        switch scrutiny_html_type(node) {
        case 3, 4:
            return scrutiny_html_content(node).map { .text(String(cString: $0)) }
        case 1:
            let name = scrutiny_html_name(node).map { String(cString: $0).lowercased() } ?? ""
            var attributes: [String: String] = [:]
            var attribute = scrutiny_html_first_attribute(node)
            while let current = attribute {
                if let key = scrutiny_html_attribute_name(current), let value = scrutiny_html_attribute_value(node, current) {
                    attributes[String(cString: key).lowercased()] = String(cString: value)
                    scrutiny_html_free_string(value)
                }
                attribute = scrutiny_html_next_attribute(current)
            }
            var children: [HTMLNode] = []
            var child = depth < maximumDepth ? scrutiny_html_first_child(node) : nil
            while let current = child {
                if let copied = copy(current, depth: depth + 1) { children.append(copied) }
                child = scrutiny_html_next(current)
            }
            return .element(name: name, attributes: attributes, children: children)
        default:
            return nil
        }
    }

    var name: String? {
        if case .element(let name, _, _) = self { return name }
        return nil
    }

    var children: [HTMLNode] {
        if case .element(_, _, let children) = self { return children }
        return []
    }

    func attribute(_ key: String) -> String? {
        if case .element(_, let attributes, _) = self { return attributes[key] }
        return nil
    }

    /// Whether the element's class list holds this class.
    func hasClass(_ name: String) -> Bool {
        attribute("class")?.split(separator: " ").contains { $0 == name } ?? false
    }

    /// All the text inside, as it stands.
    var text: String {
        switch self {
        case .text(let text): text
        case .element(_, _, let children): children.map(\.text).joined()
        }
    }

    /// Every element, depth first, for which `matches` holds.
    func all(where matches: (HTMLNode) -> Bool) -> [HTMLNode] {
        (name != nil && matches(self) ? [self] : []) + children.flatMap { $0.all(where: matches) }
    }

    /// The first element, depth first, for which `matches` holds.
    func first(where matches: (HTMLNode) -> Bool) -> HTMLNode? {
        if name != nil, matches(self) { return self }
        for child in children { if let found = child.first(where: matches) { return found } }
        return nil
    }
}
