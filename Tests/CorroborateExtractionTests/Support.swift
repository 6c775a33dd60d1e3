import CorroborateCore
import CorroborateText
@testable import CorroborateExtraction

/// Analyzes one invented article written in the test.
func analyze(_ body: String, language: Language = .french, published: String? = "2024-12-09") -> ArticleAnalysis {
    let meta = ArticleMetadata(id: "t", path: "t.txt", published: published.flatMap { PartialDate(iso: $0) }, language: language)
    let doc = Document(metadata: meta, text: TextBuffer(body), bodyStart: 0)
    return Extractor().analyze([doc])[0]
}

/// The claim whose text contains `fragment`.
func claim(_ a: ArticleAnalysis, _ fragment: String) -> Claim? {
    a.claims.first { $0.text.contains(fragment) }
}

func entity(_ a: ArticleAnalysis, _ name: String) -> Entity? {
    a.entities.first { $0.name == name || $0.aliases.contains(name) }
}
