// Unit tests for "Turn this rule off" as the worker writes it for a content script: only `disabledRules` changes, a
// failed write is reported and never announced as done, and the list is bounded.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { QUOTA_ERROR, fakeStorageArea } from "./fake-storage";
import { turnRuleOff } from "./presets";

test("a rule turned off is added to disabledRules, once, and nothing else is written", async () => {
  const store = new Map<string, unknown>([
    ["disabledRules", ["builtin.sarcasm"]],
    ["preset", { json: "{}" }],
  ]);
  const area = fakeStorageArea(store);
  assert.deepEqual(await turnRuleOff("builtin.absolutes", area), { ok: true, message: "Rule turned off." });
  assert.equal((await turnRuleOff("builtin.absolutes", area)).ok, true);
  assert.deepEqual(
    [...store.entries()],
    [
      ["disabledRules", ["builtin.sarcasm", "builtin.absolutes"]],
      ["preset", { json: "{}" }],
    ],
  );
});

test("a full storage answers ok: false with why, so the card never says it was saved", async () => {
  const answer = await turnRuleOff("builtin.absolutes", fakeStorageArea(new Map(), { set: QUOTA_ERROR() }));
  assert.equal(answer.ok, false);
  assert.match(answer.message, /could not save this: Error: Resource::kQuotaBytes quota exceeded/);
});

test("the list of rules turned off is bounded", async () => {
  const full = Array.from({ length: 1000 }, (_, index) => `rule-${index}`);
  const store = new Map<string, unknown>([["disabledRules", full]]);
  const answer = await turnRuleOff("one-more", fakeStorageArea(store));
  assert.equal(answer.ok, false);
  assert.equal((store.get("disabledRules") as string[]).length, 1000);
});

test("no content script module writes chrome.storage: they ask the worker", () => {
  const dir = "extension/src/content";
  const sources = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => [file, readFileSync(join(dir, file), "utf8")] as const);
  assert.ok(sources.length > 10, "the content script's sources are read");
  for (const [file, source] of sources)
    assert.doesNotMatch(source, /storage\.(local|sync|session)\.(set|remove|clear)\b/, file);
});
