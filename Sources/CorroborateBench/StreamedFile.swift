import Foundation

/// A file written chunk by chunk (the bench's stand-in for the command's output file).
struct StreamedFile {
    let fd: Int32

    init(path: String) { fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }

    func write(_ bytes: [UInt8]) {
        guard fd >= 0 else { return }
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let n = posixWrite(fd, base + offset, raw.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }

    func close() -> Bool { fd >= 0 && posixClose(fd) == 0 }
}

private func posixWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { write(fd, bytes, count) }
private func posixClose(_ fd: Int32) -> Int32 { close(fd) }
