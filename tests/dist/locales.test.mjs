// The manifest's strings (name, description, the toolbar button's title) come from _locales/: every locale has
// every key of English (the engine's rule* messages aside, English only so far) and no other, each message is
// non-empty, each English one says where it is shown (for translators; the packages leave those notes out), every
// __MSG_key__ the manifest uses exists, and the store limits hold (Chrome: a name of at most 75 characters, a
// description of at most 132). tests/unit/messages.test.ts checks the rest of the catalog.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, chromeManifest, locales } from "../../scripts/manifests.mjs";

const catalog = (locale) => JSON.parse(readFileSync(join(ROOT, "_locales", locale, "messages.json"), "utf8"));
const manifest = chromeManifest();
const used = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]);

test("the manifest names English as its default locale and Spanish is there too", () => {
  assert.equal(manifest.default_locale, "en");
  assert.deepEqual(locales(), ["en", "es"]);
});

test("the manifest's name, description and action title come from the catalog", () => {
  assert.deepEqual(
    [manifest.name, manifest.description, manifest.action.default_title],
    ["__MSG_extensionName__", "__MSG_extensionDescription__", "__MSG_actionTitle__"],
  );
  const english = catalog("en");
  assert.deepEqual(
    used.filter((key) => !english[key]),
    [],
    "every key the manifest uses is in English",
  );
});

for (const locale of locales()) {
  test(`${locale}: the same keys as English, each with a message (and in English a description), within the store limits`, () => {
    const messages = catalog(locale);
    const translated = Object.keys(catalog("en")).filter((key) => locale === "en" || !/^rule[A-Z]/.test(key));
    assert.deepEqual(
      Object.keys(messages)
        .filter((key) => locale === "en" || !/^rule[A-Z]/.test(key))
        .sort(),
      translated.sort(),
    );
    for (const [key, entry] of Object.entries(messages)) {
      assert.ok(entry.message?.trim(), `${locale} ${key} has a message`);
      if (locale === "en") assert.ok(entry.description?.trim(), `${locale} ${key} says where it is shown`);
    }
    assert.ok(messages.extensionName.message.length <= 75, `${locale}: the name fits 75 characters`);
    const description = messages.extensionDescription.message;
    assert.ok(description.length <= 132, `${locale}: the description fits 132 characters (${description.length})`);
  });
}
