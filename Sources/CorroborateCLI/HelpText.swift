/// The help texts: what a user needs at the terminal, no more. The README has the rest.
public enum HelpText {
    public static let version = "corroborate 0.1.0"

    static let exitStatus = """
    Exit status: 0 success; 64 bad usage; 65 an input is not usable text (binary, not
    UTF-8 or Latin-1, empty, over 8 MB, or more than 32 MB of articles in one run);
    66 an input is missing or unreadable, or a folder holds no article; 73 the output
    cannot be written.
    """

    static let paths = """
    PATH is a .txt or .md article, a folder (every .txt and .md file directly inside it,
    in name order), or - for standard input. An article given twice is read once.
    """

    static let common = """
      --date DATE        reference date of articles that carry none: YYYY-MM-DD,
                         YYYY-MM or YYYY
      --lang fr|en       language of articles whose front matter does not declare one
                         (default: detected)
      -h, --help         show this help
      --version          print the version
    """

    public static func text(for command: Command?) -> String {
        switch command {
        case nil: return tool
        case .report?: return report
        case .compare?: return compare
        case .claims?: return claims
        }
    }

    static let tool = """
    \(version): what news articles about one story agree on, contradict, and whom
    each claim is attributed to (French and English).

    Usage:
      corroborate                        same as: corroborate report seeds
      corroborate report PATH...         corroboration report over 2+ articles
      corroborate compare A B            the same, for exactly two articles, side by side
      corroborate claims PATH...         the claims of each article
      corroborate claims --by-outlet PATH...
                                         the claims grouped by the source they are
                                         attributed to

    \(paths)

    Options:
      --format FORMAT    markdown (default) or json; claims also tsv
      -o, --output FILE  write to FILE (- for standard output)
    \(common)

    'corroborate COMMAND --help' describes one command.

    \(exitStatus)

    """

    static let report = """
    Usage: corroborate report [OPTIONS] PATH...

    Writes a corroboration report over two or more articles to Reports/NAME.md (or .json),
    where NAME is the folder's name when one folder is given, else the article ids; the
    Reports folder is created if needed. Prints the path it wrote.

    \(paths)

    Options:
      --format FORMAT    markdown (default) or json
      -o, --output FILE  write to FILE instead (- for standard output)
    \(common)

    \(exitStatus)

    """

    static let compare = """
    Usage: corroborate compare [OPTIONS] A B

    Compares exactly two articles side by side and prints the comparison.

    Options:
      --format FORMAT    markdown (default) or json
      -o, --output FILE  write to FILE instead of standard output
    \(common)

    \(exitStatus)

    """

    static let claims = """
    Usage: corroborate claims [--by-outlet] [OPTIONS] PATH...

    Prints the claims of each article: what it asserts, who and where, when, numbers,
    and the sources it attributes them to.

    \(paths)

    Options:
      --by-outlet        group the claims by the outlet or source they are attributed
                         to (markdown)
      --format FORMAT    markdown (default), json or tsv
      -o, --output FILE  write to FILE instead of standard output
    \(common)

    \(exitStatus)

    """
}
