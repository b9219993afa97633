//! Integration tests through the public API: properties on arbitrary text,
//! the sample articles, and the command-line program.

mod batch;
mod cli;
mod dedup;
mod html;
mod pages;
mod people;
mod properties;
mod quotes;
mod samples;
mod stem;
mod values;
