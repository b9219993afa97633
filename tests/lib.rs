//! Integration tests through the public API: properties on arbitrary text,
//! the sample articles, and the command-line program.

mod cli;
mod properties;
mod samples;
