@testable import ScrutinyStore
import Testing

/// Porter's own examples, and the words members search the papers with.
@Suite struct EnglishStemmerTests {
    @Test(arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("cats", "cat"), ("feed", "feed"), ("agreed", "agre"), ("plastered", "plaster"),
        ("motoring", "motor"), ("sing", "sing"), ("conflated", "conflat"), ("hopping", "hop"), ("falling", "fall"), ("filing", "file"),
        ("happy", "happi"), ("relational", "relat"), ("conditional", "condit"), ("digitizer", "digit"), ("generalization", "gener"),
        ("hopefulness", "hope"), ("electrical", "electr"), ("adjustment", "adjust"), ("adoption", "adopt"), ("controll", "control"),
        ("roll", "roll"),
    ])
    func porter(word: String, stem: String) {
        #expect(EnglishStemmer.stem(word) == stem)
    }

    @Test func councilWordsMeetTheirRelatives() {
        let same: [[String]] = [
            ["digital", "digitally"], ["exclusion", "excluded", "excludes", "exclude", "excluding"], ["inclusion", "inclusive", "include"],
            ["consultation", "consulted", "consulting", "consult"], ["libraries", "library"], ["residents", "resident"],
            ["equality", "equalities"], ["conclusion", "concluded"],
        ]
        for words in same {
            #expect(Set(words.map(EnglishStemmer.stem)).count == 1, "\(words) → \(words.map(EnglishStemmer.stem))")
        }
        #expect(EnglishStemmer.stem("council") != EnglishStemmer.stem("counsel"))
        #expect(EnglishStemmer.stem("café") == "café")
        #expect(EnglishStemmer.stem("2025") == "2025")
        #expect(EnglishStemmer.stemmedText("Digitally EXCLUDED, £2.4m") == "digit exclud 2 4m")
    }

    /// Plain ASCII takes a short way to find words: it must split text where the Unicode
    /// properties the rest goes by would.
    @Test func asciiWordsAreSplitAsUnicodeSplitsThem() {
        for value in UInt8(0x20)..<0x7F {
            let scalar = Unicode.Scalar(value)
            let properties = scalar.properties
            let joins = properties.isAlphabetic || properties.numericType != nil || properties.isDiacritic
            let text = "ab\(Character(scalar))cd"
            let expected = joins ? EnglishStemmer.stem(text.lowercased()) : "ab cd"
            #expect(EnglishStemmer.stemmedText(text) == expected, "\(text)")
        }
    }
}
