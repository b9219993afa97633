//! Half-open byte ranges into the analysed text.

use std::ops::{Index, Range};

/// A half-open range of byte offsets `start..end` into a text.
///
/// Every offset warta reports is a byte offset on a `char` boundary, so
/// `&text[span]` always works on the text the span came from.
///
/// # Example
///
/// ```
/// use warta::Span;
///
/// let text = "Harga naik 3,5%.";
/// let span = Span::new(11, 14);
/// assert_eq!(&text[span], "3,5");
/// assert_eq!(span.len(), 3);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// Creates the span `start..end`.
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    #[inline]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The span as a `Range<usize>`, for slicing.
    #[inline]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Whether `other` lies entirely inside this span.
    #[inline]
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl From<Range<usize>> for Span {
    #[inline]
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

impl From<Span> for Range<usize> {
    #[inline]
    fn from(span: Span) -> Range<usize> {
        span.range()
    }
}

impl Index<Span> for str {
    type Output = str;

    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basics() {
        let s = Span::new(2, 5);
        assert_eq!(s.len(), 3);
        assert!(!s.is_empty());
        assert!(Span::new(4, 4).is_empty());
        assert!(s.contains(Span::new(3, 5)));
        assert!(!s.contains(Span::new(1, 3)));
        assert_eq!(&"abcdefg"[s], "cde");
        assert_eq!(Span::from(1..2), Span::new(1, 2));
        assert_eq!(Range::from(s), 2..5);
    }
}
