import ArgumentParser

/// The exit codes feedgen promises, from sysexits.h where one fits.
enum ExitStatus {
    /// A post, the config or a feed is invalid.
    static let invalid = ExitCode(1)
    /// EX_CANTCREAT: every input was valid, but a file could not be written
    /// (a full disk, a planted link); the others were published.
    static let cannotWrite = ExitCode(73)
    /// EX_TEMPFAIL: another build holds the lock; cron will try again.
    static let busy = ExitCode(75)
}
