import ScrutinyModel

/// What a bundle puts in the search index, worked out before it is written — on an import's
/// reading thread — so the writer, holding the store's lock, only looks it up: each text's
/// stemmed form, and which questions, responses and resolutions are already in a document (and
/// found through it). What was not worked out beforehand is worked out as it is written.
public struct SearchTexts: Sendable {
    private var stems: [String: String] = [:]
    private(set) var inDocuments: [Bool]?

    public init() {}

    public init(_ bundle: PaperBundle) {
        var texts = bundle.items.map { [$0.title, $0.purpose].compactMap { $0 }.joined(separator: "\n") }
            + bundle.items.map(\.title) + bundle.documents.map(\.title)
            + bundle.documents.flatMap { $0.paragraphs.map(\.text) }
        texts += bundle.questions.map(\.text) + bundle.responses.map(\.text) + bundle.resolutions.map(\.text)
        for text in texts where stems[text] == nil { stems[text] = EnglishStemmer.stemmedText(text) }
        inDocuments = BundleWriter.inDocuments(bundle)
    }

    func stemmed(_ text: String) -> String { stems[text] ?? EnglishStemmer.stemmedText(text) }
}
