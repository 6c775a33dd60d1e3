import Testing
import CorroborateCore
@testable import CorroborateText

import Foundation

@Suite("Reading: bytes, encodings and unusable input")
struct ReadingDecodingTests {
    // MARK: Encodings

    @Test("a UTF-8 byte order mark stays in the text as U+FEFF; offsets count it")
    func byteOrderMark() throws {
        let text = "\u{FEFF}---\noutlet: Le Courrier\n---\nLe texte.\n"
        let doc = try ReadingFixture.read(text)
        #expect(doc.text.scalars.first == "\u{FEFF}")
        #expect(doc.metadata.outlet == "Le Courrier")
        #expect(doc.bodyStart == ReadingFixture.offset(of: "Le texte", in: text))
        #expect(doc.frontMatterRange?.lowerBound == 1)
    }

    @Test("a byte order mark before a title line")
    func byteOrderMarkTitle() throws {
        let doc = try ReadingFixture.read("\u{FEFF}Le pont rouvre\n\nLe pont a rouvert lundi.\n")
        #expect(doc.metadata.title == "Le pont rouvre")
        #expect(doc.titleRange?.lowerBound == 1)
        #expect(doc.bodyStart == 1)
    }

    @Test("CRLF and lone CR line ends are kept and counted")
    func lineEnds() throws {
        let crlf = "Le pont rouvre\r\n\r\nLe pont a rouvert lundi.\r\nIl était fermé.\r\n"
        let doc = try ReadingFixture.read(crlf)
        #expect(doc.text.count == crlf.unicodeScalars.count)
        #expect(doc.metadata.title == "Le pont rouvre")
        #expect(doc.text.line(of: ReadingFixture.offset(of: "Il était", in: crlf) ?? 0) == 4)

        let cr = try ReadingFixture.read("Le pont rouvre\r\rLe pont a rouvert lundi.\r")
        #expect(cr.metadata.title == "Le pont rouvre")
    }

    @Test("invalid UTF-8 is read as Windows-1252, with a warning", arguments: [
        ([0x4C, 0x65, 0x20, 0x63, 0x61, 0x66, 0xE9, 0x20, 0x61, 0x20, 0x66, 0x65, 0x72, 0x6D, 0xE9, 0x2E] as [UInt8], "Le café a fermé."),
        ([0x6C, 0x92, 0xE9, 0x67, 0x6C, 0x69, 0x73, 0x65], "l’église"),
        ([0x93, 0x4F, 0x75, 0x69, 0x94, 0x20, 0x80, 0x20, 0x85], "“Oui” € …"),
        ([0xAB, 0xA0, 0x4E, 0x6F, 0x6E, 0xA0, 0xBB], "«\u{A0}Non\u{A0}»"),
    ])
    func windows1252(_ bytes: [UInt8], _ expected: String) throws {
        let doc = try ReadingFixture.read(bytes: bytes)
        #expect(doc.text.text(0, doc.text.count) == expected)
        #expect(doc.encoding == .windows1252)
        #expect(doc.warnings.contains { $0.contains("Windows-1252") })
    }

    @Test("valid UTF-8 is read as UTF-8")
    func utf8() throws {
        let doc = try ReadingFixture.read("L’église « Saint-Éloi » ✓ 🙂")
        #expect(doc.encoding == .utf8)
        #expect(doc.text.count == 27)  // one scalar each, emoji included
        #expect(doc.warnings.isEmpty)
    }

    static let wellFormed: [[UInt8]] = [
        [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x99, 0x82], [0xEF, 0xBB, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF],
    ]
    static let illFormed: [[UInt8]] = [
        [0xC0, 0xAF],                 // overlong "/"
        [0xE0, 0x80, 0xAF],           // overlong
        [0xED, 0xA0, 0x80],           // a UTF-16 surrogate
        [0xF4, 0x90, 0x80, 0x80],     // above U+10FFFF
        [0xE2, 0x82],                 // cut short
        [0x80],                       // a lone continuation byte
        [0xE9, 0x74, 0xE9],           // Latin-1 "été"
    ]

    @Test("UTF-8 validation: well-formed sequences", arguments: wellFormed)
    func wellFormedUTF8(_ bytes: [UInt8]) {
        #expect(TextDecoding.utf8(bytes)?.count == 1)
        #expect(TextDecoding.utf8(bytes)?.first?.value == String(decoding: bytes, as: UTF8.self).unicodeScalars.first?.value)
    }

    @Test("UTF-8 validation: ill-formed sequences fall back to Windows-1252", arguments: illFormed)
    func illFormedUTF8(_ bytes: [UInt8]) {
        #expect(TextDecoding.utf8(bytes) == nil)
    }

    // MARK: Unusable input

    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
    static let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]
    static let withNul: [UInt8] = Array("Le texte".utf8) + [0x00] + Array(" continue".utf8)
    static let controls: [UInt8] = [UInt8](repeating: 0x01, count: 40) + Array("texte".utf8)
    static let notTextSamples: [([UInt8], String)] = [
        (png, "PNG"), (Array("%PDF-1.7\n%âãÏÓ\n".utf8), "PDF"), (zip, "ZIP"),
        (Array("GIF89a".utf8), "GIF"), (jpeg, "JPEG"), (withNul, "NUL"), (controls, "control"),
    ]

    @Test("not text: exit 65", arguments: notTextSamples)
    func binary(_ bytes: [UInt8], _ what: String) {
        let error = ReadingFixture.error(bytes)
        guard case .binary(let path, let reason)? = error else {
            Issue.record("expected a binary error, got \(String(describing: error))")
            return
        }
        #expect(path == "article.txt")
        #expect(reason.contains(what))
        #expect(error?.exitCode == 65)
    }

    @Test("a stray control byte is tolerated (a form feed, an old DOS end-of-file)")
    func strayControl() throws {
        let doc = try ReadingFixture.read(bytes: Array("Le pont a rouvert lundi.\u{0C}\nLa suite.".utf8) + [0x1A])
        #expect(doc.text.count > 0)
    }

    @Test("UTF-16 and bytes undefined in Windows-1252 are not usable text: exit 65", arguments: [
        [0xFF, 0xFE, 0x4C, 0x00, 0x65, 0x00] as [UInt8],
        [0xFE, 0xFF, 0x00, 0x4C, 0x00, 0x65],
        [0x4C, 0x65, 0x20, 0x81, 0x8D, 0x20, 0x74],
    ])
    func notText(_ bytes: [UInt8]) {
        let error = ReadingFixture.error(bytes)
        guard case .notText? = error else {
            Issue.record("expected a not-text error, got \(String(describing: error))")
            return
        }
        #expect(error?.exitCode == 65)
    }

    @Test("empty and whitespace-only files: exit 65", arguments: [
        ([] as [UInt8], "is empty"),
        (Array(" \n\t\r\n  ".utf8), "only whitespace"),
        (Array("\u{FEFF}\u{A0}\n".utf8), "only whitespace"),
        (Array("date 2024-12\n\n".utf8), "no article text"),
    ])
    func empty(_ bytes: [UInt8], _ message: String) {
        let error = ReadingFixture.error(bytes)
        guard case .empty? = error else {
            Issue.record("expected an empty error, got \(String(describing: error))")
            return
        }
        #expect(error?.message.contains(message) == true)
        #expect(error?.exitCode == 65)
    }

    // MARK: Files

    @Test("a file's id is its name without the extension", arguments: [
        ("seeds/002_7a3327bc03810d49.txt", "002_7a3327bc03810d49"), ("a.b.md", "a.b"),
        ("/tmp/notes", "notes"), (".hidden", ".hidden"), ("dir/", "dir"),
    ])
    func ids(_ path: String, _ id: String) {
        #expect(ArticleReader.id(forPath: path) == id)
    }

    @Test("missing files and folders: exit 66, one line naming the path")
    func missing() throws {
        let dir = try ReadingTemporaryFolder()
        do {
            _ = try ArticleReader().read(path: dir.path + "/absent.txt")
            Issue.record("no error")
        } catch {
            #expect(error == .notFound(path: dir.path + "/absent.txt"))
            #expect(error.exitCode == 66)
            #expect(error.description == dir.path + "/absent.txt: no such file or folder")
        }
        do {
            _ = try ArticleReader().read(path: dir.path)
            Issue.record("no error")
        } catch {
            #expect(error == .isDirectory(path: dir.path))
            #expect(error.exitCode == 66)
        }
    }

    @Test("a file is read from disk with its path as given")
    func fromDisk() throws {
        let dir = try ReadingTemporaryFolder()
        let path = try dir.write("dockers.md", "The dockers went back to work on Monday, the port said.\n")
        let doc = try ArticleReader().read(path: path)
        #expect(doc.metadata.id == "dockers")
        #expect(doc.metadata.path == path)
        #expect(doc.metadata.language == .english)
    }

    @Test("files over the size limit are refused: exit 65")
    func tooLarge() throws {
        let dir = try ReadingTemporaryFolder()
        let path = try dir.write("big.txt", String(repeating: "Le texte. ", count: 100))
        do {
            _ = try ArticleFile.bytes(at: path, limit: 500)
            Issue.record("no error")
        } catch {
            guard case .tooLarge = error else { Issue.record("got \(error)"); return }
            #expect(error.exitCode == 65)
        }
        #expect(ArticleReader.sizeLimit == 8 * 1_048_576)
    }
}

/// A fresh folder under the temporary directory, removed when the value goes away.
final class ReadingTemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.path + "/corroborate-reading-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ contents: String) throws -> String {
        let file = path + "/" + name
        try Data(contents.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
