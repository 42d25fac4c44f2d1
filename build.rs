//! Writes the built-in rule registry: every `declare_rule!` under src/engine/rules/<principle>/ becomes a module and an
//! entry of `rules::builtin()`, in the order of the file names, so adding a rule is adding its file.

use std::fs;
use std::path::Path;

fn main() {
    let rules = Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
        .join("src/engine/rules");
    println!("cargo:rerun-if-changed={}", rules.display());
    let mut found: Vec<(String, String, String)> = Vec::new();
    let folders = fs::read_dir(&rules).expect("src/engine/rules is readable");
    for folder in folders.map(|entry| entry.expect("a readable folder entry").path()).filter(|path| path.is_dir()) {
        println!("cargo:rerun-if-changed={}", folder.display());
        for file in fs::read_dir(&folder).expect("a rule folder is readable") {
            let path = file.expect("a readable rule file").path();
            if path.extension().is_none_or(|extension| extension != "rs") {
                continue;
            }
            let source = fs::read_to_string(&path).expect("a rule file is UTF-8 text");
            let module = path.file_stem().and_then(|stem| stem.to_str()).expect("a UTF-8 file name").to_string();
            found.push((module, declared_rule(&source, &path), path.display().to_string()));
        }
    }
    found.sort();
    let mut registry = String::new();
    for (module, _, path) in &found {
        registry.push_str(&format!("#[path = {path:?}]\nmod {module};\n"));
    }
    registry.push_str("\n/// Every built-in rule, in the order of their file names.\n");
    registry.push_str("pub fn builtin() -> &'static [&'static dyn Rule] {\n");
    registry.push_str(&format!("    static BUILTIN: [&dyn Rule; {}] = [\n", found.len()));
    for (module, rule, _) in &found {
        registry.push_str(&format!("        &{module}::{rule},\n"));
    }
    registry.push_str("    ];\n    &BUILTIN\n}\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("builtin_rules.rs");
    fs::write(out, registry).expect("OUT_DIR is writable");
}

/// The name of the one rule a file declares: the `static` or `struct` inside its `declare_rule!`.
fn declared_rule(source: &str, path: &Path) -> String {
    let Some(start) = source.find("declare_rule! {") else {
        panic!("{} declares no rule with declare_rule!", path.display());
    };
    let declaration = source[start..]
        .lines()
        .map(str::trim)
        .find(|line| line.starts_with("pub static ") || line.starts_with("pub struct "))
        .unwrap_or_else(|| panic!("{}: declare_rule! names no `pub static` or `pub struct`", path.display()));
    let name = declaration.split_whitespace().nth(2).unwrap_or_default();
    name.trim_end_matches([':', '{', ';']).to_string()
}
