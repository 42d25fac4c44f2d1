//! The extension's own pages (popup, options), rendered from Rust with web-sys (wasm32 only).

mod dom;
pub mod options;
pub mod popup;
mod words;
