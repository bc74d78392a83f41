/// Modern.gov pages saved from a browser ("Save page as…", HTML): decision details
/// (`ieDecisionDetails`), agenda items (`mgAi`), issue histories (`mgIssueHistoryHome`,
/// "Issue - meetings"). The product's own part of the page, `div#modgov` (inside whatever
/// site template a council wraps round it), is read through libxml2's HTML parser into the
/// lines a browser shows, which the same structure reader as copied page text then reads.
/// Site furniture goes: the action links (`div.mgLinks`), the footer, hidden text
/// (`span.mgHide`) and file sizes (`span.mgFileSize`); document links keep their addresses.
enum ModernGovHTML {
    static func recognises(_ source: SourceText) -> Bool {
        guard let first = source.lines.first(where: { !$0.isBlank })?.text.trimmed.lowercased(), first.hasPrefix("<") else { return false }
        let head = source.lines.prefix(400).map(\.text).joined(separator: "\n").lowercased()
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("id=\"modgov\"") || head.contains("<body")
    }

    /// What a browser shows around the page's own content: action links, footer, hidden
    /// text, file sizes, images and form controls.
    static func isFurniture(_ node: HTMLNode) -> Bool {
        ["mgLinks", "mgFooter", "mgHide", "mgFileSize", "mgActionList"].contains(where: node.hasClass)
            || ["img", "input", "button", "select"].contains(node.name ?? "")
    }

    /// The product's own part of a page: div#modgov, or the body when a page lacks it.
    static func page(_ html: String) -> HTMLNode {
        let document = HTMLNode.parse(html)
        return document.first { $0.attribute("id") == "modgov" } ?? document.first { $0.name == "body" } ?? document
    }

    /// The page's lines and the address of each linked document, by its title.
    static func read(_ html: String) -> (lines: [String], links: [String: String]) {
        read(page(html))
    }

    static func read(_ page: HTMLNode) -> (lines: [String], links: [String: String]) {
        var out = ""
        HTMLText.write(page, into: &out, skipping: isFurniture)
        return (lines(page, out), links(page))
    }

    /// The address of each linked document in a page, by its title.
    static func links(_ page: HTMLNode) -> [String: String] {
        var links: [String: String] = [:]
        collectLinks(page, into: &links)
        return links
    }

    private static func lines(_ page: HTMLNode, _ out: String) -> [String] {
        var lines = HTMLText.textLines(out)
        // A page kept without its header (h1) still has a decision's labelled fields.
        let labels = Set(page.all(where: { $0.hasClass("mgLabel") }).map { HTMLText.plain($0.text).lowercased() })
        if page.first(where: { $0.name == "h1" }) == nil, labels.contains("decision status:") {
            lines.insert("Decision details", at: 0)
        }
        return lines
    }

    /// Links to documents (`documents/s7942/…pdf`, `mgConvert2PDF.aspx?ID=…`), by the text a reader sees.
    private static func collectLinks(_ node: HTMLNode, into links: inout [String: String]) {
        if node.name == "a", let href = node.attribute("href"),
           href.contains("documents/") || href.lowercased().contains("mgconvert2pdf") || href.lowercased().hasSuffix(".pdf") {
            var title = ""
            HTMLText.write(node, into: &title) { $0.hasClass("mgFileSize") || $0.name == "img" }
            let key = HTMLText.plain(title)
            if !key.isEmpty, links[key] == nil { links[key] = href }
            return
        }
        for child in node.children where child.hasClass("mgLinks") == false { collectLinks(child, into: &links) }
    }
}
