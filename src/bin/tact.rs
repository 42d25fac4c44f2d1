//! The `tact` command line: score drafts in batch and check team presets with the extension's own engine.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let args: Result<Vec<String>, _> = std::env::args_os().skip(1).map(std::ffi::OsString::into_string).collect();
    match args {
        Ok(args) => tact::cli::run(&args),
        Err(argument) => {
            eprintln!("tact: the argument {argument:?} is not UTF-8 text");
            std::process::ExitCode::from(2)
        }
    }
}

/// The command line is native only; building the crate's browser tests for wasm32 compiles this stand-in.
#[cfg(target_arch = "wasm32")]
fn main() {}
