//! How a command of the data tool fails: its exit code and what it says.

/// How a command failed; decides the exit code.
pub enum Failure {
    /// The data are invalid (exit 1).
    Invalid(String),
    /// The command was used wrongly or a file could not be read or written (exit 2).
    /// A file that can be read but holds bad data is [`Failure::Invalid`].
    Usage(String),
    /// The output was closed early by its reader (exit 0, nothing to say).
    Quiet,
}
