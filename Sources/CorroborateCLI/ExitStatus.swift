/// The exit statuses of the contract, from sysexits(3).
public enum ExitStatus {
    public static let success: Int32 = 0
    /// EX_USAGE: unknown command or option, missing or bad argument, wrong number of articles.
    public static let usage: Int32 = 64
    /// EX_DATAERR: an input is not usable text (binary, undecodable, empty, too large).
    public static let dataError: Int32 = 65
    /// EX_NOINPUT: an input does not exist or cannot be read.
    public static let noInput: Int32 = 66
    /// EX_CANTCREAT: the output cannot be written.
    public static let cannotCreate: Int32 = 73
}
