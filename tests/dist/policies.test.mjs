// docs/ADMINS.md's policy examples (Chrome's 3rdparty policy, Firefox's policies.json and managed-storage manifest)
// use only what extension/managed-schema.json declares, with its types, under the right id for each browser.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GECKO_ID, ROOT } from "../../scripts/manifests.mjs";

const schema = JSON.parse(readFileSync(join(ROOT, "extension/managed-schema.json"), "utf8"));
const examples = [...readFileSync(join(ROOT, "docs/ADMINS.md"), "utf8").matchAll(/```json\n([\s\S]*?)```/g)].map(
  (match) => JSON.parse(match[1]),
);

/** Schemas by their `id`, for `$ref`. */
const byId = {};
(function collect(node) {
  if (!node || typeof node !== "object") return;
  if (node.id) byId[node.id] = node;
  Object.values(node).forEach(collect);
})(schema);

/** The problems of `value` against `node` (Chrome's managed-storage schema subset), with their paths. */
function problems(value, node, path) {
  const resolved = node.$ref ? byId[node.$ref] : node;
  assert.ok(resolved, `${path}: the schema resolves ${node.$ref}`);
  const actual = Array.isArray(value) ? "array" : typeof value;
  const expected = resolved.type === "integer" ? "number" : resolved.type;
  if (actual !== expected) return [`${path}: ${actual}, the schema says ${resolved.type}`];
  if (resolved.enum && !resolved.enum.includes(value)) return [`${path}: ${value} is not one of ${resolved.enum}`];
  if (expected !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    resolved.properties?.[key]
      ? problems(inner, resolved.properties[key], `${path}.${key}`)
      : [`${path}.${key}: unknown`],
  );
}

test("docs/ADMINS.md has the Chrome policy, Firefox's policies.json and its managed-storage manifest", () => {
  assert.equal(examples.length, 3);
});

test("Chrome's example is a 3rdparty extension policy with only the schema's keys", () => {
  const [chrome] = examples;
  const policies = Object.values(chrome["3rdparty"].extensions);
  assert.equal(policies.length, 1);
  assert.deepEqual(problems(policies[0], schema, "policy"), []);
});

test("Firefox's policies.json names Tact's gecko id under 3rdparty Extensions, with only the schema's keys", () => {
  const firefox = examples[1].policies["3rdparty"].Extensions;
  assert.deepEqual(Object.keys(firefox), [GECKO_ID]);
  assert.deepEqual(problems(firefox[GECKO_ID], schema, "policy"), []);
});

test("the managed-storage manifest is of type storage for Tact's gecko id, with only the schema's keys", () => {
  const manifest = examples[2];
  assert.equal(manifest.name, GECKO_ID);
  assert.equal(manifest.type, "storage");
  assert.deepEqual(problems(manifest.data, schema, "data"), []);
});

test("a key the schema does not declare, or a wrong type, is a problem", () => {
  assert.deepEqual(problems({ presetURL: "x" }, schema, "policy"), ["policy.presetURL: unknown"]);
  assert.deepEqual(problems({ lockedChecks: { gate: { mode: "block" } } }, schema, "policy"), [
    "policy.lockedChecks.gate.mode: block is not one of off,warn,hold",
  ]);
  assert.deepEqual(problems({ lockedChecks: { respect: { warnBelow: "0.5" } } }, schema, "policy"), [
    "policy.lockedChecks.respect.warnBelow: string, the schema says number",
  ]);
});
