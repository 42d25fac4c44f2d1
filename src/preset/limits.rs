//! The limits a preset must keep, so that a preset can never slow down typing or exhaust memory.

/// Largest preset document, in bytes.
pub const MAX_PRESET_BYTES: usize = 256 * 1024;
/// Most rules in one preset document.
pub const MAX_RULES: usize = 500;
/// Most phrases (avoid phrases plus substitute keys) in one preset document.
pub const MAX_PHRASES: usize = 5_000;
/// Longest phrase, in characters.
pub const MAX_PHRASE_CHARS: usize = 100;
/// Longest regular expression, in characters.
pub const MAX_PATTERN_CHARS: usize = 500;
/// Largest compiled regular expression, in bytes (`RegexBuilder::size_limit`).
pub const MAX_REGEX_BYTES: usize = 256 * 1024;
/// Longest message, description, replacement or name, in characters.
pub const MAX_TEXT_CHARS: usize = 300;
/// Longest id, in characters.
pub const MAX_ID_CHARS: usize = 64;
/// Most tests in one preset document.
pub const MAX_TESTS: usize = 200;
/// Longest test draft, in characters.
pub const MAX_TEST_CHARS: usize = 5_000;
/// Most `extends` links followed from a preset (a preset, its parent, grandparent and great-grandparent).
pub const MAX_EXTENDS_DEPTH: usize = 3;
/// Largest compiled size of all of a preset's patterns together, in bytes of their automata (each measured as the
/// Thompson NFA the `regex` crate builds from it, src/preset/budget.rs). One `\b[A-Z]{5,}\b` is 1.4 KB, a
/// "DM us" pattern with five alternatives 2.5 KB, `\w+` 18 KB; one `(?:\w|\s){1,12}q` is 213 KB, and 500 of
/// them (106 MB) cost 240 ms per 280-character check and 3.3 s per 5,000 characters, natively.
pub const MAX_PATTERNS_BYTES: usize = 2 * 1024 * 1024;
