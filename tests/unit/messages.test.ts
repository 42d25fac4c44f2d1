// The message catalog (_locales/LOCALE/messages.json): every locale has exactly the source's keys and substitutions
// (the engine's messages aside, English only so far), the generated TypeScript keys are current, every key a page
// names exists, and no user-facing words are left in the code that draws Tact's UI or speaks to the user (the content
// script, the page shells and the pages' markup and Rust, the service worker's answers, the preset validator's errors).

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
type Catalog = Record<string, Entry>;

const SOURCE = "en";
/**
 * The engine's messages (src/messages.rs: each rule's findings), English only so far: a locale may leave them out, and
 * the browser then shows the English. Every other key must be in every locale.
 */
const ENGINE_ONLY = /^rule[A-Z]/;
const LOCALES = readdirSync("_locales").sort();
const catalog = (locale: string): Catalog =>
  JSON.parse(readFileSync(join("_locales", locale, "messages.json"), "utf8")) as Catalog;
const english = catalog(SOURCE);

/** Each `$name$` a message uses, lower-cased (the browser matches them regardless of case). */
function placeholdersUsed(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1].toLowerCase()).sort();
}

/** A placeholder's content, by its name lower-cased. */
function placeholders(entry: Entry): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, placeholder]) => [name.toLowerCase(), placeholder.content]),
  );
}

test("the locales are English and Spanish, English the manifest's default", () => {
  assert.deepEqual(LOCALES, ["en", "es"]);
  assert.equal(JSON.parse(readFileSync("manifest.json", "utf8")).default_locale, SOURCE);
});

for (const locale of LOCALES) {
  test(`${locale}: every key of the source catalog and no other, each with the same substitutions`, () => {
    const translated = catalog(locale);
    const missing = Object.keys(english).filter((key) => !(key in translated) && !ENGINE_ONLY.test(key));
    const extra = Object.keys(translated).filter((key) => !(key in english));
    assert.deepEqual(missing, [], `keys missing from _locales/${locale}/messages.json`);
    assert.deepEqual(extra, [], `keys in _locales/${locale}/messages.json only`);
    for (const [key, entry] of Object.entries(translated)) {
      assert.ok(entry.message.trim() !== "", `${locale} ${key}: an empty message`);
      assert.deepEqual(placeholders(entry), placeholders(english[key]), `${locale} ${key}: its placeholders`);
      const declared = Object.keys(placeholders(entry)).sort();
      assert.deepEqual([...new Set(placeholdersUsed(entry.message))].sort(), declared, `${locale} ${key}: $name$ used`);
    }
    assert.equal(translated.languageTag.message, locale, `${locale}: languageTag names the locale`);
  });
}

test("the TypeScript message keys are what the English catalog gives (node scripts/messages.mjs rewrites them)", () => {
  execFileSync(process.execPath, ["scripts/messages.mjs", "--check"], { stdio: "pipe" });
});

/** Every file under `dir` whose name ends with `suffix`, test files and generated code aside. */
function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : filesUnder(path, suffix);
    return path.endsWith(suffix) && !path.endsWith(".test.ts") ? [path] : [];
  });
}

const PAGES = filesUnder("extension/pages", ".html");

test("every key a page names is in the catalog", () => {
  for (const page of PAGES) {
    const html = readFileSync(page, "utf8");
    const keys = [
      ...[...html.matchAll(/data-i18n="([^"]*)"/g)].map((match) => match[1]),
      ...[...html.matchAll(/data-i18n-attrs="([^"]*)"/g)].flatMap((match) =>
        match[1].split(/\s+/).map((pair) => pair.split(":")[1]),
      ),
    ];
    for (const key of keys) assert.ok(key in english, `${page}: no message "${key}" in _locales/en/messages.json`);
  }
});

/** The words of a page's markup that are not filled from the catalog (text outside data-i18n elements, attributes). */
export function wordsInMarkup(html: string): string[] {
  const found: string[] = [];
  const markup = html.replace(/<!--[\s\S]*?-->/g, "").replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1>/g, "");
  for (const match of markup.matchAll(/>([^<]*)</g)) {
    if (/\p{L}{2,}/u.test(match[1])) found.push(match[1].trim());
  }
  for (const match of markup.matchAll(/\s(?:title|placeholder|aria-label|alt)="([^"]*)"/g)) {
    if (/\p{L}/u.test(match[1])) found.push(match[1]);
  }
  return found;
}

test("the pages' markup holds no words of its own: each is filled from the catalog", () => {
  for (const page of PAGES) {
    assert.deepEqual(wordsInMarkup(readFileSync(page, "utf8")), [], `${page}: words not from the catalog`);
  }
});

/**
 * Calls whose text is for developers, not people: problem contexts (the page's problems list), errors, timeouts, the
 * worker's console log.
 */
const DEVELOPER_CALLS = /\b(?:guard|report|problem|log|withTimeout|Error|TimedOut|super)\(/g;

/** `code` with every developer call's arguments blanked out (to its matching parenthesis, strings skipped). */
function withoutDeveloperCalls(code: string): string {
  let out = code;
  for (const match of code.matchAll(DEVELOPER_CALLS)) {
    let at = (match.index ?? 0) + match[0].length;
    let depth = 1;
    while (at < code.length && depth > 0) {
      const char = code[at];
      if (char === '"' || char === "'" || char === "`") {
        const end = code.indexOf(char, at + 1);
        at = end < 0 ? code.length : end;
      } else if (char === "(") depth++;
      else if (char === ")") depth--;
      at++;
    }
    const start = (match.index ?? 0) + match[0].length;
    out = out.slice(0, start) + " ".repeat(Math.max(0, at - 1 - start)) + out.slice(at - 1);
  }
  return out;
}

/** What a UI sink is given: an element's text, title or label, an announcement, a button's or a paragraph's text. */
const UI_SINK =
  /(textContent\s*=|\.title\s*=|announce\(|button\(|paragraph\("[^"]*",|createTextNode\(|setAttribute\("(aria-label|title|placeholder|alt)",)\s*$/;

/** Words for people: a capitalised word and another word ("Post anyway"), or three lower-case words in a row. */
const PHRASE = /\p{Lu}\p{Ll}*[,.:;!?]?\s+\p{L}{2,}|\p{Ll}{2,} \p{Ll}{2,} \p{Ll}{2,}/u;

/**
 * The string literals of TypeScript source that read as words for people: given to a UI sink, or reading as a
 * phrase anywhere, outside comments and the calls whose text is for developers.
 */
export function wordsInCode(source: string): string[] {
  const code = withoutDeveloperCalls(
    source
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "")
      .replace(/\s\/\/ .*$/gm, ""),
  );
  const found: string[] = [];
  const literal = /(["'`])((?:\\.|(?!\1)[^\\])*)\1/g;
  for (const line of code.split("\n")) {
    if (/^\s*(import|export \{.*\} from)\b|font(-family)?:/.test(line)) continue;
    for (const match of line.matchAll(literal)) {
      const text = match[2].replace(/\$\{[^}]*\}/g, " ");
      const before = line.slice(0, match.index);
      // Why the worker's inbox refused a message: for its console log (`log`), never shown.
      if (/\bproblem: $/.test(before)) continue;
      const sink = UI_SINK.test(before);
      if ((sink && /\p{L}{2,}/u.test(text)) || PHRASE.test(text)) found.push(match[2]);
    }
  }
  return found;
}

/**
 * The UI's code: the content script, the shared modules, the page shells and the service worker (its answers are
 * what the popup, the options page and the cards show). The site adapters are left out (their literals are the sites'
 * own words, matched to find a composer), and so are the modules whose text is for developers only (the page's
 * problems list and its timeouts, the unit tests' fake storage).
 */
const DEVELOPER_ONLY = [
  "extension/src/content/problems.ts",
  "extension/src/content/timing.ts",
  "extension/src/worker/fake-storage.ts",
];
const UI_CODE = ["extension/src/content", "extension/src/shared", "extension/src/pages", "extension/src/worker"]
  .flatMap((dir) => filesUnder(dir, ".ts"))
  .filter((file) => !file.includes("/adapters/") && !DEVELOPER_ONLY.includes(file));

test("the UI's code holds no words for people: each comes from the catalog", () => {
  const left = UI_CODE.flatMap((file) => wordsInCode(readFileSync(file, "utf8")).map((words) => `${file}: ${words}`));
  assert.deepEqual(left, []);
});

/** What a page's Rust gives people: an element's text, a section's heading, a button's or a field's label. */
const RUST_SINK =
  /(\.text\("[^"]*",|\.(?:section|muted|prose)\("[^"]*",|labelled\([^()]*,|set_text_content\(Some\(|set_attribute\("(?:aria-label|aria-description|placeholder|title)",)\s*$/;

/**
 * The string literals of the pages' Rust (src/pages) that read as words for people, outside comments, tests and the
 * errors for developers (JsValue::from_str).
 */
export function wordsInRust(source: string): string[] {
  const code = source.split(/^#\[cfg\(test\)\]/m)[0].replace(/^\s*\/\/.*$/gm, "");
  const found: string[] = [];
  for (const line of code.split("\n")) {
    if (line.includes("JsValue::from_str(")) continue;
    for (const match of line.matchAll(/"((?:\\.|[^"\\])*)"/g)) {
      const text = match[1].replace(/\{[^}]*\}/g, " ");
      const sink = RUST_SINK.test(line.slice(0, match.index));
      if ((sink && /\p{L}{2,}/u.test(text)) || PHRASE.test(text)) found.push(match[1]);
    }
  }
  return found;
}

test("the pages' Rust holds no words for people: each comes from the catalog (src/pages/words.rs)", () => {
  const left = filesUnder("src/pages", ".rs").flatMap((file) =>
    wordsInRust(readFileSync(file, "utf8")).map((words) => `${file}: ${words}`),
  );
  assert.deepEqual(left, []);
});

/**
 * The string literals of the preset validator's Rust (src/preset) that read as words for people, outside comments,
 * attributes and tests: every error and hint it gives is a catalog sentence (`say!(messages::KEY, values)`,
 * src/preset/error.rs). Left out, as the engine's finding messages are: the built-in rules' names (src/preset/names.rs,
 * the catalog's `rule*Name` in English) and the words a preset's own rules default to when the team gave none (their
 * finding message and description: on the lines that name a description or a default message).
 */
export function wordsInPresetRust(source: string): string[] {
  const code = source
    .split(/^#\[cfg\(test\)\]/m)[0]
    .replace(/^\s*\/\/.*$/gm, "")
    .replace(/\s\/\/ .*$/gm, "");
  const found: string[] = [];
  const lines = code.split("\n");
  for (const [index, line] of lines.entries()) {
    if (/^\s*#\[/.test(line) || /description|DEFAULT_MESSAGE|default_message/.test(line)) continue;
    if (/fn description\(/.test(lines[index - 1] ?? "")) continue;
    for (const match of line.matchAll(/"((?:\\.|[^"\\])*)"/g)) {
      const text = match[1].replace(/\{[^}]*\}/g, " ");
      if (PHRASE.test(text) || /^\p{L}+ .*[.:?!]$/u.test(text.trim())) found.push(match[1]);
    }
  }
  return found;
}

test("the preset validator's Rust holds no words for people: each error comes from the catalog", () => {
  const validator = filesUnder("src/preset", ".rs").filter((file) => file !== join("src", "preset", "names.rs"));
  const left = validator.flatMap((file) =>
    wordsInPresetRust(readFileSync(file, "utf8")).map((words) => `${file}: ${words}`),
  );
  assert.deepEqual(left, []);
});

test("the scan finds words left in code and in markup, and passes keys, selectors and developers' text", () => {
  assert.deepEqual(wordsInPresetRust('errors.push(PresetError::new(&path, format!("unknown key `{key}`.")));'), [
    "unknown key `{key}`.",
  ]);
  assert.deepEqual(wordsInPresetRust('.with_hint("Shorten it.")'), ["Shorten it."]);
  assert.deepEqual(wordsInPresetRust("PresetError::new(&path, say!(m::PRESET_ERROR_UNKNOWN_KEY, key))"), []);
  assert.deepEqual(wordsInPresetRust('let path = JsonPath::root().key("expectGate");'), []);
  assert.deepEqual(wordsInPresetRust("const DEFAULT_MESSAGE: &str = \"This team avoids '{match}'.\";"), []);
  assert.deepEqual(wordsInCode('return { ok: true, message: "Rule turned off." };'), ["Rule turned off."]);
  assert.deepEqual(wordsInCode('return { ok: true, message: t("workerRuleTurnedOff") };'), []);
  assert.deepEqual(wordsInRust('let title = self.text("h2", "This tab")?;'), ["This tab"]);
  assert.deepEqual(wordsInRust('let note = format!("Off on {name}: no draft there is checked.");'), [
    "Off on {name}: no draft there is checked.",
  ]);
  assert.deepEqual(wordsInRust('let title = self.text("h2", &word(m::POPUP_THIS_TAB))?;'), []);
  assert.deepEqual(wordsInCode('title.textContent = "Before you post";'), ["Before you post"]);
  assert.deepEqual(wordsInCode('const edit = button("Edit", "edit");'), ["Edit"]);
  assert.deepEqual(wordsInCode("const note = `Not sent yet: press \u0024{control} again.`;"), [
    "Not sent yet: press \u0024{control} again.",
  ]);
  assert.deepEqual(wordsInCode('title.textContent = t("gateTitle");'), []);
  assert.deepEqual(wordsInCode('problems.guard("placing the badge", () => place());'), []);
  assert.deepEqual(wordsInCode('withTimeout(\n  send(),\n  300,\n  "reading whether this tab is paused",\n);'), []);
  assert.deepEqual(wordsInCode('const CONTROLS = "button, [role=button], a[href]";'), []);
  assert.deepEqual(wordsInMarkup('<p data-i18n="tryIntro"></p><button>Post</button>'), ["Post"]);
  assert.deepEqual(wordsInMarkup('<textarea placeholder="Write a reply…"></textarea>'), ["Write a reply…"]);
  assert.deepEqual(wordsInMarkup('<span class="shape" aria-hidden="true">●</span>'), []);
});
