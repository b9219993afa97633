//! The error type for loading user data.

use std::fmt;

/// An error from loading user data (a root lexicon), with the 1-based line
/// where it was found.
///
/// Analysing text never fails; only building from user files does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    line: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ErrorKind {
    /// A line that does not have the expected columns.
    Format(String),
    /// Reading the input failed.
    Io(String),
}

impl Error {
    pub(crate) fn format(line: usize, message: impl Into<String>) -> Error {
        Error { kind: ErrorKind::Format(message.into()), line }
    }

    pub(crate) fn io(line: usize, err: &std::io::Error) -> Error {
        Error { kind: ErrorKind::Io(err.to_string()), line }
    }

    /// The 1-based line of the input where the error was found; 0 for an
    /// input that is not read by lines (a tagger model).
    pub fn line(&self) -> usize {
        self.line
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Format(msg) if self.line == 0 => write!(f, "{msg}"),
            ErrorKind::Format(msg) => write!(f, "line {}: {msg}", self.line),
            ErrorKind::Io(msg) => write!(f, "line {}: read error: {msg}", self.line),
        }
    }
}

impl std::error::Error for Error {}
