// Unit tests for the preset storage contract: what counts as a stored preset, the admin layer read from a managed
// policy (locks and their reasons, wrong types left out and named), and which addresses may be subscribed to.

import { test } from "node:test";
import assert from "node:assert/strict";
import { adminLayer, presetLayers, readStoredPreset, subscriptionUrl } from "./preset-store";

test("a stored preset needs its JSON text and a known source", () => {
  const stored = { source: "url", json: "{}", id: "acme", name: "ACME", url: "https://example.com/p.json" };
  assert.deepEqual(readStoredPreset(stored), stored);
  assert.equal(readStoredPreset(undefined), null);
  assert.equal(readStoredPreset("{}"), null, "the JSON text alone is not a record");
  assert.equal(readStoredPreset({ source: "ftp", json: "{}" }), null);
  assert.equal(readStoredPreset({ source: "file" }), null);
});

test("engines take the JSON and the admin layer from the stored preset; none stored is the built-in default", () => {
  const admin = { gate: "hold" };
  assert.deepEqual(presetLayers({ source: "file", json: "{}", id: "a", name: "A", admin }), { json: "{}", admin });
  assert.deepEqual(presetLayers(undefined), { json: null, admin: null });
});

test("a managed policy's locked checks become the admin layer, with the admin's reasons", () => {
  const policy = {
    presetUrl: "https://example.com/p.json",
    lockedChecks: {
      promotion: { enabled: true, warnAbove: 0.5, reason: " Brand policy. " },
      respect: { warnBelow: 0.4 },
      gate: { mode: "hold", reason: "Legal review." },
    },
  };
  assert.deepEqual(adminLayer(policy), {
    admin: { checks: { promotion: { enabled: true, warnAbove: 0.5 }, respect: { warnBelow: 0.4 } }, gate: "hold" },
    reasons: { promotion: "Brand policy.", gate: "Legal review." },
    ignored: [],
  });
});

test("settings of the wrong type are left out and named, and never unlock the rest", () => {
  const policy = {
    lockedChecks: {
      promotion: { warnAbove: "high" },
      listening: 3,
      respect: { warnBelow: 0.3 },
      gate: { mode: "strict" },
    },
  };
  const { admin, ignored } = adminLayer(policy);
  assert.deepEqual(admin, { checks: { respect: { warnBelow: 0.3 } } });
  assert.deepEqual(ignored.sort(), ["lockedChecks.gate", "lockedChecks.listening", "lockedChecks.promotion.warnAbove"]);
  assert.deepEqual(adminLayer({ lockedChecks: { promotion: { warnAbove: 1.5 } } }).ignored, [
    "lockedChecks.promotion.warnAbove",
  ]);
});

test("no policy, or one without locks, locks nothing", () => {
  assert.deepEqual(adminLayer({}), { admin: null, reasons: {}, ignored: [] });
  assert.deepEqual(adminLayer(undefined), { admin: null, reasons: {}, ignored: [] });
  assert.deepEqual(adminLayer({ lockedChecks: "all" }).ignored, ["lockedChecks"]);
});

test("https addresses may be subscribed to, http only on this computer; the permission asked is for that host", () => {
  assert.deepEqual(subscriptionUrl(" https://example.com/team/preset.json#top "), {
    url: "https://example.com/team/preset.json",
    origin: "https://example.com/*",
  });
  assert.deepEqual(subscriptionUrl("http://127.0.0.1:8080/p.json"), {
    url: "http://127.0.0.1:8080/p.json",
    origin: "http://127.0.0.1/*",
  });
  assert.equal("url" in subscriptionUrl("http://localhost/p.json"), true);
  assert.match((subscriptionUrl("http://example.com/p.json") as { error: string }).error, /https:\/\//);
  assert.match((subscriptionUrl("file:///etc/passwd") as { error: string }).error, /https:\/\//);
  assert.match((subscriptionUrl("example.com/p.json") as { error: string }).error, /not a web address/);
  assert.match((subscriptionUrl("https://me:secret@example.com/p.json") as { error: string }).error, /credentials/);
});
