import ScrutinyModel

/// The stemmed form of the texts a bundle puts in the search index, worked out before it is
/// written — on an import's reading thread — so the writer, holding the store's lock, only looks
/// them up. A text not worked out beforehand is stemmed as it is written.
public struct StemmedTexts: Sendable {
    private var stems: [String: String] = [:]

    public init() {}

    public init(_ bundle: PaperBundle) {
        var texts = bundle.items.map { [$0.title, $0.purpose].compactMap { $0 }.joined(separator: "\n") }
            + bundle.items.map(\.title) + bundle.documents.map(\.title)
            + bundle.documents.flatMap { $0.paragraphs.map(\.text) }
        texts += bundle.questions.map(\.text) + bundle.responses.map(\.text) + bundle.resolutions.map(\.text)
        for text in texts where stems[text] == nil { stems[text] = EnglishStemmer.stemmedText(text) }
    }

    func stemmed(_ text: String) -> String { stems[text] ?? EnglishStemmer.stemmedText(text) }
}
