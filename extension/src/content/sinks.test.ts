// Guards the content script against script sinks. Chrome does not apply a page's Trusted Types (LinkedIn enforces
// them) to the content script's isolated world, so no end-to-end test would see a string reach a sink there; Tact
// must still never build markup or scripts from strings, on any page.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Script sinks: markup from a string, scripts and workers from a string or a URL. */
const SINKS = [
  /\.(inner|outer)HTML\s*[+]?=/,
  /insertAdjacentHTML|createContextualFragment|DOMParser|setHTMLUnsafe|parseHTMLUnsafe|document\.write/,
  /\.srcdoc\b/,
  /new\s+(Shared)?Worker\s*\(/,
  /\beval\s*\(|new\s+Function\s*\(|importScripts/,
  /set(Timeout|Interval)\s*\(\s*["'`]/,
  /createElement\(\s*["'`](script|iframe)["'`]/,
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

test("no content script module feeds a string to a script sink", () => {
  const files = [...sources("extension/src/content"), ...sources("extension/src/shared")];
  assert.ok(
    files.some((file) => file.endsWith("main.ts")),
    "the content script's sources are found from the repository root",
  );
  const found = files.flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, index) =>
        SINKS.some((sink) => sink.test(line)) ? [`${file}:${index + 1}: ${line.trim()}`] : [],
      ),
  );
  assert.deepEqual(found, []);
});
