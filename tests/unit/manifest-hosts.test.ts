// Ties manifest.json's host lists to the site adapters' table: every host an adapter serves is covered by the
// manifest (content script, host permission, and the engine files the content script loads), and the manifest
// names no host that no adapter claims. Adding a site means adding it to its adapter and to the manifest's lists.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ADAPTERS } from "../../extension/src/content/adapters/index";

interface Manifest {
  host_permissions: string[];
  content_scripts: { matches: string[] }[];
  web_accessible_resources: { matches: string[] }[];
}

/** The root manifest.json (Chrome's; Firefox's is derived from it by scripts/manifests.mjs). Tests run from the root. */
const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as Manifest;

/** Every host the adapters' table names, with the adapter that names it. */
const adapterHosts = new Map(
  ADAPTERS.flatMap((adapter) => [...adapter.hosts, ...(adapter.servers ?? [])].map((host) => [host, adapter.id])),
);

/** The host of an https match pattern, without a leading `*.` (which covers the host and its subdomains). */
function patternHost(pattern: string): string {
  const found = /^https:\/\/(\*\.)?([a-z0-9.-]+)\/\*$/.exec(pattern);
  assert.ok(found, `${pattern} is an https pattern over one host's every page`);
  return found[2] ?? "";
}

const lists: [string, string[]][] = [
  ["host_permissions", manifest.host_permissions],
  ...manifest.content_scripts.map((script, index): [string, string[]] => [
    `content_scripts[${index}].matches`,
    script.matches,
  ]),
  ...manifest.web_accessible_resources.map((entry, index): [string, string[]] => [
    `web_accessible_resources[${index}].matches`,
    entry.matches,
  ]),
];

test("the manifest has one content script and one set of engine files, for the sites' pages", () => {
  assert.equal(manifest.content_scripts.length, 1);
  assert.equal(manifest.web_accessible_resources.length, 1);
  assert.ok(adapterHosts.size > 0, "the adapters name their hosts");
});

test("every manifest host list names the same patterns, once each", () => {
  const [, first = []] = lists[0] ?? [];
  for (const [name, patterns] of lists) {
    assert.deepEqual([...new Set(patterns)], patterns, `${name} names each pattern once`);
    assert.deepEqual([...patterns].sort(), [...first].sort(), `${name} names the same hosts as host_permissions`);
  }
});

test("each manifest host is a host of an adapter, and each adapter host is in the manifest", () => {
  const manifestHosts = manifest.host_permissions.map(patternHost);
  const unclaimed = manifestHosts.filter((host) => !adapterHosts.has(host));
  assert.deepEqual(unclaimed, [], "manifest hosts that no adapter's hosts or servers name");
  const missing = [...adapterHosts.keys()].filter((host) => !manifestHosts.includes(host));
  assert.deepEqual(missing, [], "adapter hosts the manifest does not run on");
});
