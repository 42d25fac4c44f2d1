//! Tact scores a social-media draft for listening, respect and promotional tone, on the user's device.
//!
//! The [`engine`] is pure Rust with no web types; the `wasm` module (built for `wasm32` only) exposes it
//! to the extension, and the workspace member `cli/` (the `tact` binary) to the command line.

#[cfg(test)]
mod boundary;
pub mod engine;
pub mod messages;
mod order;
pub mod preset;
pub mod stats;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

#[cfg(target_arch = "wasm32")]
pub mod pages;
