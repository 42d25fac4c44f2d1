//! Writes the built-in rule registry and compiles the lexicons.
//!
//! Every `declare_rule!` under src/engine/rules/<principle>/ becomes a module and an entry of `rules::builtin()`, in
//! the order of the file names, so adding a rule is adding its file. A lexicon rule's entries live beside it in
//! NAME.lexicon.json; each becomes OUT_DIR/lexicons/NAME.lexicon.json.rs, the `&[Entry]` the rule's declaration
//! includes, so the engine parses nothing when it starts. The entries' examples and counterexamples become a table
//! that only the tests compile. The message catalog (_locales/en/messages.json, the extension's chrome.i18n source)
//! becomes OUT_DIR/messages.rs, one `Message` constant per key (src/messages.rs). The capitals the engine writes
//! become OUT_DIR/uppercase.rs, read from `char::to_uppercase` itself (src/engine/uppercase.rs).
//!
//! The built-in presets (presets/NAME.json, which `src/preset/builtin.rs` embeds and loads like a team's) are checked
//! here too, so a malformed one stops the build instead of making the extension fall back to the bare rules.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

// The lexicon data format, shared with the crate's tests, which generate schema/lexicon.schema.json from it.
#[path = "src/engine/lexicon_file.rs"]
mod lexicon_file;

use lexicon_file::{EntryData, LexiconFile};

/// A rule file: its module, the name of the rule it declares, and its lexicon data file, if it names one.
struct RuleFile {
    module: String,
    /// The first line of its doc comment: the description users see, kept in the catalog under its key too.
    description: String,
    /// Its id without `builtin.` (`word-tone`), from `id: "builtin.word-tone"` or else from the module's name.
    short_id: String,
    rule: String,
    path: PathBuf,
    lexicon: Option<PathBuf>,
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let written = generate(&root, &out).and_then(|mut read| {
        read.push(write_messages(&root, &out)?);
        read.extend(write_embedded(&root, &out)?);
        write_uppercase(&out)?;
        Ok(read)
    });
    match written {
        // Printed only on success, so that a failed build shows its error alone (and cargo reruns it on any change).
        Ok(read) => read.iter().for_each(|path| println!("cargo:rerun-if-changed={}", path.display())),
        Err(error) => {
            eprintln!("error: {error}");
            std::process::exit(1);
        }
    }
}

/// Writes the registry and the compiled lexicons; returns every folder and file it read.
fn generate(root: &Path, out: &Path) -> Result<Vec<PathBuf>, String> {
    let rules = root.join("src/engine/rules");
    let mut read = vec![rules.clone()];
    let mut found: Vec<RuleFile> = Vec::new();
    let mut data_files: Vec<PathBuf> = Vec::new();
    let folders = fs::read_dir(&rules).map_err(|error| format!("cannot read {}: {error}", rules.display()))?;
    let mut folders: Vec<PathBuf> = folders.filter_map(|entry| entry.ok().map(|entry| entry.path())).collect();
    folders.retain(|path| path.is_dir());
    for folder in folders {
        read.push(folder.clone());
        let files = fs::read_dir(&folder).map_err(|error| format!("cannot read {}: {error}", folder.display()))?;
        for path in files.filter_map(|entry| entry.ok().map(|entry| entry.path())) {
            let name = path.file_name().and_then(|name| name.to_str()).unwrap_or_default().to_string();
            if name.ends_with(".lexicon.json") {
                read.push(path.clone());
                data_files.push(path);
            } else if name.ends_with(".rs") {
                read.push(path.clone());
                found.push(rule_file(&path)?);
            }
        }
    }
    found.sort_by(|a, b| a.module.cmp(&b.module));
    data_files.sort();
    for data in &data_files {
        if !found.iter().any(|rule| rule.lexicon.as_ref() == Some(data)) {
            return Err(format!(
                "{}: no rule names this lexicon; the rule in {} must say `lexicon: \"{}\"`",
                shown(data),
                data.file_name().and_then(|name| name.to_str()).unwrap_or_default().replace(".lexicon.json", ".rs"),
                data.file_name().and_then(|name| name.to_str()).unwrap_or_default(),
            ));
        }
    }

    check_descriptions(root, &found)?;

    let lexicons = out.join("lexicons");
    fs::create_dir_all(&lexicons).map_err(|error| format!("cannot create {}: {error}", lexicons.display()))?;
    let mut registry = String::new();
    let mut tests = String::new();
    for rule in &found {
        registry.push_str(&format!("#[path = {:?}]\nmod {};\n", rule.path.display().to_string(), rule.module));
        let Some(data) = &rule.lexicon else { continue };
        let entries = read_lexicon(data)?;
        let file_name = data.file_name().and_then(|name| name.to_str()).unwrap_or_default();
        let compiled = lexicons.join(format!("{file_name}.rs"));
        fs::write(&compiled, entries_code(&entries))
            .map_err(|error| format!("cannot write {}: {error}", compiled.display()))?;
        let _ = write!(
            tests,
            "    LexiconTests {{ rule: &{}::{}, file: {:?}, entries: &[",
            rule.module,
            rule.rule,
            shown(data)
        );
        for (index, entry) in entries.iter().enumerate() {
            if entry.examples.is_empty() && entry.counterexamples.is_empty() {
                continue;
            }
            let _ = write!(
                tests,
                "\n        EntryTests {{ entry: {index}, examples: &{:?}, counterexamples: &{:?} }},",
                entry.examples, entry.counterexamples
            );
        }
        tests.push_str("\n    ] },\n");
    }
    registry.push_str("\n/// Every built-in rule, in the order of their file names.\n");
    registry.push_str("pub fn builtin() -> &'static [&'static dyn Rule] {\n");
    registry.push_str(&format!("    static BUILTIN: [&dyn Rule; {}] = [\n", found.len()));
    for rule in &found {
        registry.push_str(&format!("        &{}::{},\n", rule.module, rule.rule));
    }
    registry.push_str("    ];\n    &BUILTIN\n}\n");
    registry.push_str(
        "\n/// Each lexicon rule's examples and counterexamples, from its data file (tests only: the wasm has none).\n",
    );
    registry.push_str("#[cfg(test)]\npub(crate) static LEXICON_TESTS: &[LexiconTests] = &[\n");
    registry.push_str(&tests);
    registry.push_str("];\n");
    let path = out.join("builtin_rules.rs");
    fs::write(&path, registry).map_err(|error| format!("cannot write {}: {error}", path.display()))?;
    read.extend(check_presets(&root.join("presets"))?);
    Ok(read)
}

/// Checks every built-in preset (presets/NAME.json): a JSON object of preset format 1 whose `id` is its file's name,
/// with the self-tests every built-in carries. The full format, its rules and its tests are checked by `cargo test`
/// (`src/preset/builtin.rs`), which loads each one as the extension does. Returns the folder and files it read.
fn check_presets(folder: &Path) -> Result<Vec<PathBuf>, String> {
    let mut read = vec![folder.to_path_buf()];
    let files = fs::read_dir(folder).map_err(|error| format!("cannot read {}: {error}", folder.display()))?;
    let mut presets: Vec<PathBuf> = files.filter_map(|entry| entry.ok().map(|entry| entry.path())).collect();
    presets.retain(|path| path.extension().is_some_and(|extension| extension == "json"));
    presets.sort();
    for path in presets {
        let text = fs::read_to_string(&path).map_err(|error| format!("cannot read {}: {error}", shown(&path)))?;
        let preset: serde_json::Value =
            serde_json::from_str(&text).map_err(|error| format!("{}: {error}", shown(&path)))?;
        let name = path.file_stem().and_then(|stem| stem.to_str()).unwrap_or_default();
        if preset["format"] != 1 {
            return Err(format!("{}: a built-in preset says `\"format\": 1`", shown(&path)));
        }
        if preset["id"] != name {
            return Err(format!("{}: the id must be the file's name, `{name}` (it is `builtin:{name}`)", shown(&path)));
        }
        if preset["tests"].as_array().is_none_or(Vec::is_empty) {
            return Err(format!("{}: a built-in preset carries tests of its own", shown(&path)));
        }
        read.push(path);
    }
    Ok(read)
}

/// The most characters of a standard draft that src/preset/cost.rs times a preset on (its long draft).
const STANDARD_DRAFT_CHARS: usize = 5_000;

/// The characters of src/preset/cost.rs's short draft (a reply).
const SHORT_DRAFT_CHARS: usize = 280;

/// Writes the JSON documents the crate embeds into OUT_DIR/embedded/ as the wasm needs them: the preset schema
/// without spaces and without the words for editors ([`checked_part`]: the preset check reads it, no one sees it) and
/// bench/drafts.json's two drafts as the plain texts cost.rs times (the short one's first [`SHORT_DRAFT_CHARS`], the
/// long one's first [`STANDARD_DRAFT_CHARS`]: read as they are, with no JSON to parse). Returns the files read. (The
/// built-in presets are embedded as they are: people export them and start their own from them.)
fn write_embedded(root: &Path, out: &Path) -> Result<Vec<PathBuf>, String> {
    let embedded = out.join("embedded");
    fs::create_dir_all(&embedded).map_err(|error| format!("cannot create {}: {error}", embedded.display()))?;
    let read =
        |path: &Path| fs::read_to_string(path).map_err(|error| format!("cannot read {}: {error}", path.display()));
    let write = |name: &str, text: String| {
        let path = embedded.join(name);
        fs::write(&path, text).map_err(|error| format!("cannot write {}: {error}", path.display()))
    };
    let sources = vec![root.join("schema/preset.schema.json"), root.join("bench/drafts.json")];
    let schema: serde_json::Value =
        serde_json::from_str(&read(&sources[0])?).map_err(|error| format!("schema/preset.schema.json: {error}"))?;
    write(
        "preset.schema.json",
        serde_json::to_string(&checked_part(&schema, false)).map_err(|error| error.to_string())?,
    )?;
    let drafts: std::collections::BTreeMap<String, String> =
        serde_json::from_str(&read(&sources[1])?).map_err(|error| format!("bench/drafts.json: {error}"))?;
    for (name, chars) in [("short", SHORT_DRAFT_CHARS), ("long", STANDARD_DRAFT_CHARS)] {
        let text = drafts.get(name).ok_or_else(|| format!("bench/drafts.json has no {name:?} draft"))?;
        write(&format!("draft-{name}.txt"), text.chars().take(chars).collect())?;
    }
    Ok(sources)
}

/// The part of a JSON Schema that the preset check reads (src/preset/structure.rs): its types, keys, choices and
/// ranges, and the descriptions of required keys only (the hint for a missing key quotes them); the titles, the other
/// descriptions and the `$schema` are for editors and people, 8 KB the wasm need not carry.
fn checked_part(schema: &serde_json::Value, keep_description: bool) -> serde_json::Value {
    use serde_json::Value;
    let Value::Object(map) = schema else { return schema.clone() };
    let required: Vec<&str> =
        map.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
    let each = |value: &Value, keep: &dyn Fn(&str) -> bool| -> Value {
        match value {
            Value::Object(named) => {
                Value::Object(named.iter().map(|(name, part)| (name.clone(), checked_part(part, keep(name)))).collect())
            }
            _ => value.clone(),
        }
    };
    let mut kept = serde_json::Map::new();
    for (key, value) in map {
        let part = match key.as_str() {
            "title" | "$schema" | "examples" | "default" => continue,
            "description" if !keep_description => continue,
            "properties" => each(value, &|name| required.contains(&name)),
            "$defs" => each(value, &|_| false),
            "items" | "additionalProperties" => checked_part(value, false),
            "oneOf" | "anyOf" => {
                Value::Array(value.as_array().into_iter().flatten().map(|branch| checked_part(branch, false)).collect())
            }
            _ => value.clone(),
        };
        kept.insert(key.clone(), part);
    }
    Value::Object(kept)
}

/// A path as the reader knows it: from the repository's root.
fn shown(path: &Path) -> String {
    let text = path.display().to_string();
    match text.find("src/engine/rules/") {
        Some(start) => text[start..].to_string(),
        None => text,
    }
}

/// What a rule file declares: the `static` or `struct` inside its `declare_rule!`, and the data file its
/// `lexicon: "NAME.lexicon.json"` names.
fn rule_file(path: &Path) -> Result<RuleFile, String> {
    let source = fs::read_to_string(path).map_err(|error| format!("cannot read {}: {error}", shown(path)))?;
    let module = path.file_stem().and_then(|stem| stem.to_str()).unwrap_or_default().to_string();
    let Some(start) = source.find("declare_rule! {") else {
        return Err(format!("{} declares no rule with declare_rule!", shown(path)));
    };
    let declaration = &source[start..];
    let rule = declaration
        .lines()
        .map(str::trim)
        .find(|line| line.starts_with("pub static ") || line.starts_with("pub struct "))
        .and_then(|line| line.split_whitespace().nth(2))
        .map(|name| name.trim_end_matches([':', '{', ';']).to_string())
        .ok_or_else(|| format!("{}: declare_rule! names no `pub static` or `pub struct`", shown(path)))?;
    let description = declaration
        .lines()
        .map(str::trim)
        .find_map(|line| line.strip_prefix("///"))
        .map(|line| line.trim().to_string())
        .ok_or_else(|| {
            format!("{}: declare_rule! needs a doc comment, whose first line describes the rule", shown(path))
        })?;
    let short_id = declaration
        .lines()
        .map(str::trim)
        .find_map(|line| line.strip_prefix("id: \"builtin.")?.strip_suffix("\","))
        .map_or_else(|| module.replace('_', "-"), str::to_string);
    let lexicon = match declaration.lines().map(str::trim).find_map(|line| line.strip_prefix("lexicon: ")) {
        None => None,
        Some(named) => {
            let expected = format!("{module}.lexicon.json");
            if named.trim_end_matches(',') != format!("{expected:?}") {
                return Err(format!(
                    "{}: a lexicon rule's entries are in the file beside it: write `lexicon: {expected:?},`",
                    shown(path)
                ));
            }
            let data = path.with_file_name(&expected);
            if !data.is_file() {
                return Err(format!("{}: names {expected}, which does not exist beside it", shown(path)));
            }
            Some(data)
        }
    };
    Ok(RuleFile { module, description, short_id, rule, path: path.to_path_buf(), lexicon })
}

/// A lexicon data file's entries, checked: each error names the file, and the entry by number and phrase.
fn read_lexicon(path: &Path) -> Result<Vec<EntryData>, String> {
    let text = fs::read_to_string(path).map_err(|error| format!("cannot read {}: {error}", shown(path)))?;
    let file: LexiconFile = serde_json::from_str(&text).map_err(|error| format!("{}: {error}", shown(path)))?;
    if file.entries.len() > usize::from(u16::MAX) {
        return Err(format!("{}: {} entries; a lexicon holds at most {}", shown(path), file.entries.len(), u16::MAX));
    }
    let mut seen = HashSet::new();
    for (index, entry) in file.entries.iter().enumerate() {
        let wrong = |problem: &str| format!("{}: entry {} ({:?}): {problem}", shown(path), index + 1, entry.phrase);
        if entry.phrase.trim().is_empty() {
            return Err(wrong("the phrase is empty"));
        }
        if [&entry.phrase].into_iter().chain(&entry.replacement).any(|text| text.contains(['\t', '\n'])) {
            return Err(wrong("a phrase or replacement holds a tab or a line break"));
        }
        if entry.phrase.trim() != entry.phrase {
            return Err(wrong("the phrase starts or ends with a space"));
        }
        if entry.phrase.to_lowercase() != entry.phrase {
            return Err(wrong("write the phrase in lower case (it matches text of any case)"));
        }
        if !seen.insert(entry.phrase.as_str()) {
            return Err(wrong("the phrase is already an entry of this lexicon"));
        }
        if entry.blocks && entry.replacement.is_some() {
            return Err(wrong("a blocking entry is never a finding, so it takes no replacement"));
        }
        if entry.replacement.as_deref().is_some_and(|text| text.trim().is_empty()) {
            return Err(wrong("the replacement is empty; leave it out when there is none"));
        }
        if entry.note.as_deref().is_some_and(|note| note.trim().is_empty()) {
            return Err(wrong("the note is empty; leave it out when there is none"));
        }
        if entry.examples.iter().chain(&entry.counterexamples).any(|text| text.trim().is_empty()) {
            return Err(wrong("an example or counterexample is empty"));
        }
    }
    Ok(file.entries)
}

/// The Rust expression of a lexicon's entries: what `declare_rule!` includes for `lexicon: "NAME.lexicon.json"`. They
/// are packed into one text, an entry a line (`src/engine/lexicon.rs`, `Entries`): 2,300 entries as structs were 46 KB
/// of pointers and lengths in the wasm (10 KB gzipped), as lines they are a newline and a tab each.
fn entries_code(entries: &[EntryData]) -> String {
    let mut packed = String::new();
    for entry in entries {
        packed.push(match (entry.aimed, entry.blocks) {
            (false, false) => '-',
            (true, false) => 'a',
            (false, true) => 'b',
            (true, true) => 'B',
        });
        packed.push_str(&entry.phrase);
        if let Some(replacement) = &entry.replacement {
            packed.push('\t');
            packed.push_str(replacement);
        }
        packed.push('\n');
    }
    format!("crate::engine::lexicon::Entries::packed({packed:?})")
}

/// One message of the catalog: its text and its placeholders (`$name$` in the text, each the `$N`-th value).
#[derive(Deserialize)]
struct CatalogMessage {
    message: String,
    #[serde(default)]
    placeholders: std::collections::BTreeMap<String, Placeholder>,
}

#[derive(Deserialize)]
struct Placeholder {
    content: String,
}

/// Writes OUT_DIR/messages.rs from the English catalog: a `Message` constant per key, named after it in upper snake
/// case (`cardTitle` -> `CARD_TITLE`), with the placeholders in the order of their values. Returns the file read.
fn write_messages(root: &Path, out: &Path) -> Result<PathBuf, String> {
    let path = root.join("_locales/en/messages.json");
    let text = fs::read_to_string(&path).map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    let catalog: std::collections::BTreeMap<String, CatalogMessage> =
        serde_json::from_str(&text).map_err(|error| format!("{}: {error}", path.display()))?;
    let mut code = String::new();
    for (key, entry) in &catalog {
        let mut placeholders: Vec<(usize, &str)> = Vec::new();
        for (name, placeholder) in &entry.placeholders {
            let position = placeholder
                .content
                .strip_prefix('$')
                .and_then(|digit| digit.parse::<usize>().ok())
                .ok_or_else(|| format!("{}: {key}'s placeholder {name} is not $1..$9", path.display()))?;
            placeholders.push((position, name));
        }
        let english = positional(&entry.message, &placeholders);
        let _ = writeln!(
            code,
            "/// {:?}\npub const {}: Message = Message {{ key: {key:?}, english: {english:?} }};",
            entry.message,
            constant_name(key),
        );
    }
    let written = out.join("messages.rs");
    fs::write(&written, code).map_err(|error| format!("cannot write {}: {error}", written.display()))?;
    Ok(path)
}

/// A message with each `$name$` of its placeholders (matched regardless of case) written as its value's position,
/// `$1`..`$9`, as the browser reads it; `$$` and any other `$` stay as they are.
fn positional(message: &str, placeholders: &[(usize, &str)]) -> String {
    let mut text = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = rest.find('$') {
        text.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        if let Some(tail) = after.strip_prefix('$') {
            text.push_str("$$");
            rest = tail;
            continue;
        }
        let named = after.find('$').and_then(|end| {
            let (position, _) = placeholders.iter().find(|(_, name)| name.eq_ignore_ascii_case(&after[..end]))?;
            Some((position, &after[end + 1..]))
        });
        match named {
            Some((position, tail)) => {
                let _ = write!(text, "${position}");
                rest = tail;
            }
            None => {
                text.push('$');
                rest = after;
            }
        }
    }
    text.push_str(rest);
    text
}

/// Writes OUT_DIR/uppercase.rs, the tables of `src/engine/uppercase.rs`: every character that `char::to_uppercase`
/// changes, from this compiler's own Unicode tables, as runs (a first character, how many, one apart or two apart,
/// and the distance to their capitals) and the hundred or so that become two or three characters. Core's table (a pair
/// of `u32` per character) is 12 KB in the wasm (5.6 KB gzipped); these two tables are 3 KB. A run two apart skips only
/// characters that stay as they are, so no two runs overlap and the one starting last at or before a character is
/// the only one that can hold it.
fn write_uppercase(out: &Path) -> Result<(), String> {
    let capitals = |c: char| c.to_uppercase().collect::<Vec<char>>();
    let stays = |code: u32| char::from_u32(code).is_none_or(|c| capitals(c) == [c]);
    // (first, count, stride, offset)
    let mut runs: Vec<(u32, u32, u32, i64)> = Vec::new();
    let mut expansions = String::new();
    for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
        let code = c as u32;
        match capitals(c).as_slice() {
            [single] if *single == c => {}
            [single] => {
                let offset = i64::from(*single as u32) - i64::from(code);
                match runs.last_mut() {
                    Some((first, count, stride, run_offset))
                        if *run_offset == offset
                            && *count < u32::from(u8::MAX)
                            && *first + *count * *stride == code =>
                    {
                        *count += 1
                    }
                    // The character between stays as it is: the run is two apart.
                    Some((first, count, stride, run_offset))
                        if *run_offset == offset
                            && (*count == 1 || *stride == 2)
                            && *first + *count * 2 == code
                            && stays(code - 1) =>
                    {
                        *stride = 2;
                        *count += 1
                    }
                    _ => runs.push((code, 1, 1, offset)),
                }
            }
            many => {
                let units: Vec<u16> = std::iter::once(c)
                    .chain(many.iter().copied())
                    .map(|c| u16::try_from(c as u32).map_err(|_| format!("{c:?} is outside the BMP")))
                    .collect::<Result<_, _>>()?;
                let mut padded = [0u16; 3];
                padded[..units.len() - 1].copy_from_slice(&units[1..]);
                let [a, b, c] = padded;
                let _ = writeln!(expansions, "    ({:#06x}, [{a:#06x}, {b:#06x}, {c:#06x}]),", units[0]);
            }
        }
    }
    let mut code = String::from("/// Runs of characters whose capital is one character: `src/engine/uppercase.rs`.\n");
    let _ = writeln!(code, "const RUNS: [Run; {}] = [", runs.len());
    for (first, count, stride, offset) in &runs {
        let _ = writeln!(code, "    Run {{ first: {first:#x}, count: {count}, stride: {stride}, offset: {offset} }},");
    }
    code.push_str("];\n/// The characters whose capital is two or three characters (zero-padded), in order.\n");
    let _ = writeln!(code, "const EXPANSIONS: [(u16, [u16; 3]); {}] = [\n{expansions}];", expansions.lines().count());
    let written = out.join("uppercase.rs");
    fs::write(&written, code).map_err(|error| format!("cannot write {}: {error}", written.display()))
}

/// A catalog key as a constant's name: `cardTitle` -> `CARD_TITLE`.
fn constant_name(key: &str) -> String {
    let mut name = String::new();
    for (index, char) in key.chars().enumerate() {
        if char.is_ascii_uppercase() && index > 0 {
            name.push('_');
        }
        name.push(char.to_ascii_uppercase());
    }
    name
}

/// Each rule's description is in the catalog too, under `rule<Id>Description` (`builtin.word-tone`:
/// `ruleWordToneDescription`), so that the pages can show it in the user's language: the two must say the same.
fn check_descriptions(root: &Path, rules: &[RuleFile]) -> Result<(), String> {
    let path = root.join("_locales/en/messages.json");
    let text = fs::read_to_string(&path).map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    let catalog: std::collections::BTreeMap<String, CatalogMessage> =
        serde_json::from_str(&text).map_err(|error| format!("{}: {error}", path.display()))?;
    for rule in rules {
        let key = format!("rule{}Description", pascal_case(&rule.short_id));
        match catalog.get(&key) {
            Some(entry) if entry.message == rule.description => {}
            Some(entry) => {
                return Err(format!(
                    "{}: the description {:?} differs from _locales/en/messages.json's {key}: {:?}; make them equal",
                    shown(&rule.path),
                    rule.description,
                    entry.message
                ))
            }
            None => {
                return Err(format!(
                    "{}: _locales/en/messages.json has no {key}; add it with the description {:?}",
                    shown(&rule.path),
                    rule.description
                ))
            }
        }
    }
    Ok(())
}

/// A rule's short id as the middle of its catalog keys: `word-tone` -> `WordTone`.
fn pascal_case(short_id: &str) -> String {
    short_id
        .split('-')
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        })
        .collect()
}
