// The store packages `make dist` wrote (scripts/dist.mjs): each holds exactly the files its manifest loads, the same
// bytes as the build, no source maps, tests, sources or build output, the version of Cargo.toml, and fits the budget.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import {
  PACKAGE_BUDGET_BYTES as BUDGET_BYTES,
  ROOT,
  chromeManifest,
  firefoxManifest,
  shippedFiles,
  version,
} from "../../scripts/manifests.mjs";

const VERSION = version();

/** The entries of a zip file, by name, read from its central directory: { name: bytes }. */
function readZip(path) {
  const zip = readFileSync(path);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, `${path} has an end of central directory`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = {};
  for (let index = 0; index < count; index++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, "a central directory entry");
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + compressed);
    entries[name] = method === 8 ? inflateRawSync(data) : Buffer.from(data);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const PACKAGES = [
  { browser: "chrome", built: join(ROOT, "target/chrome"), expected: shippedFiles(chromeManifest()) },
  {
    browser: "firefox",
    built: join(ROOT, "target/firefox"),
    expected: shippedFiles(firefoxManifest(chromeManifest())),
  },
];

for (const { browser, built, expected } of PACKAGES) {
  const path = join(ROOT, "dist", `tact-${browser}-${VERSION}.zip`);

  test(`the ${browser} package holds exactly the files its extension loads, as built`, () => {
    const entries = readZip(path);
    assert.deepEqual(Object.keys(entries).sort(), [...expected].sort());
    for (const [name, bytes] of Object.entries(entries)) {
      assert.ok(bytes.equals(readFileSync(join(built, name))), `${name} is the built file`);
    }
  });

  test(`the ${browser} package ships no source map, test, source, type declaration or build output`, () => {
    const unwanted = /\.map$|\.d\.ts$|\.ts$|\.rs$|\.test\.|(^|\/)(tests|target|src|node_modules|dist\/tact-)\/|\.wasm$/;
    const names = Object.keys(readZip(path));
    assert.deepEqual(
      names.filter((name) => unwanted.test(name)),
      [],
    );
    assert.ok(names.includes("extension/pkg/tact_bg.wasm.gz"), "the engine ships once, gzipped");
    for (const [name, bytes] of Object.entries(readZip(path)).filter(([name]) => name.endsWith(".js"))) {
      assert.doesNotMatch(bytes.toString("utf8"), /sourceMappingURL/, `${name} points at no source map`);
    }
  });

  test(`the ${browser} package carries Cargo.toml's version and fits the ${BUDGET_BYTES / 1000} KB guard`, () => {
    const manifest = JSON.parse(readZip(path)["manifest.json"].toString("utf8"));
    assert.equal(manifest.version, VERSION);
    const bytes = statSync(path).size;
    assert.ok(bytes <= BUDGET_BYTES, `${(bytes / 1000).toFixed(1)} KB <= ${BUDGET_BYTES / 1000} KB`);
  });
}

test("the Firefox manifest runs the worker as a background script, with its id and nothing-collected declaration", () => {
  const firefox = JSON.parse(readZip(join(ROOT, "dist", `tact-firefox-${VERSION}.zip`))["manifest.json"]);
  const chrome = JSON.parse(readZip(join(ROOT, "dist", `tact-chrome-${VERSION}.zip`))["manifest.json"]);
  assert.deepEqual(firefox.background, { scripts: [chrome.background.service_worker], type: "module" });
  assert.equal(firefox.browser_specific_settings.gecko.id, "tact@tact-extension.org");
  assert.deepEqual(firefox.browser_specific_settings.gecko.data_collection_permissions, { required: ["none"] });
  assert.equal(chrome.browser_specific_settings, undefined, "Chrome's manifest has no Firefox keys");
  const { background: _f, browser_specific_settings: _b, ...firefoxRest } = firefox;
  const { background: _c, minimum_chrome_version: _m, storage: _s, ...chromeRest } = chrome;
  // Chrome's engine files are reachable only at a per-session URL (use_dynamic_url); Firefox has no such key and
  // gives every install a random address of its own.
  assert.ok(chrome.web_accessible_resources.every((entry) => entry.use_dynamic_url === true));
  const withoutDynamicUrl = chromeRest.web_accessible_resources.map(({ use_dynamic_url: _d, ...entry }) => entry);
  assert.deepEqual(
    firefoxRest,
    { ...chromeRest, web_accessible_resources: withoutDynamicUrl },
    "every other key is the same in both",
  );
});
