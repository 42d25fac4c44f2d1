// Unit tests for the worker's side of the user's sites, on an in-memory chrome that answers asynchronously and refuses
// a second registration under the same id, as Chrome does.

import { beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { disableSite, enableSite, startSites } from "./sites";
import { fakeStorageArea, later } from "./fake-storage";

interface FakeChrome {
  local: Map<string, unknown>;
  session: Map<string, unknown>;
  granted: Set<string>;
  /** Origins the manifest requires: `remove` refuses them. */
  required: Set<string>;
  scripts: Map<string, { matches: string[] }>;
  /** Tabs by id: their URL, and whether a content script answers there. */
  tabs: Map<number, { url: string; script: boolean }>;
  sent: Array<{ tabId: number; paused: boolean }>;
  injected: number[];
  onAdded: Array<(permissions: { origins?: string[] }) => void>;
  onRemoved: Array<() => void>;
}

const hostOf = (pattern: string) => pattern.split("/")[2];

let fake: FakeChrome;
beforeEach(() => {
  fake = {
    local: new Map(),
    session: new Map(),
    granted: new Set(["https://x.com/*"]),
    required: new Set(["https://x.com/*"]),
    scripts: new Map(),
    tabs: new Map(),
    sent: [],
    injected: [],
    onAdded: [],
    onRemoved: [],
  };
  (globalThis as unknown as { chrome: unknown }).chrome = {
    storage: { local: fakeStorageArea(fake.local), session: fakeStorageArea(fake.session) },
    permissions: {
      async getAll() {
        await later();
        return { origins: [...fake.granted] };
      },
      async contains({ origins }: { origins: string[] }) {
        await later();
        return origins.every((origin) => fake.granted.has(origin));
      },
      async remove({ origins }: { origins: string[] }) {
        await later();
        if (origins.some((origin) => fake.required.has(origin))) {
          throw new Error("You cannot remove required permissions.");
        }
        for (const origin of origins) fake.granted.delete(origin);
        for (const listener of fake.onRemoved) listener();
        return true;
      },
      onAdded: { addListener: (listener: FakeChrome["onAdded"][number]) => fake.onAdded.push(listener) },
      onRemoved: { addListener: (listener: () => void) => fake.onRemoved.push(listener) },
    },
    scripting: {
      async getRegisteredContentScripts() {
        await later();
        return [...fake.scripts].map(([id, script]) => ({ id, ...script }));
      },
      async registerContentScripts(scripts: Array<{ id: string; matches: string[] }>) {
        await later();
        for (const { id } of scripts) if (fake.scripts.has(id)) throw new Error(`Duplicate script ID '${id}'`);
        for (const { id, matches } of scripts) fake.scripts.set(id, { matches });
      },
      async unregisterContentScripts({ ids }: { ids: string[] }) {
        await later();
        for (const id of ids) fake.scripts.delete(id);
      },
      async executeScript({ target }: { target: { tabId: number } }) {
        await later();
        fake.injected.push(target.tabId);
        const tab = fake.tabs.get(target.tabId);
        if (tab) tab.script = true;
      },
    },
    tabs: {
      async query({ url }: { url: string }) {
        await later();
        return [...fake.tabs].filter(([, tab]) => new URL(tab.url).hostname === hostOf(url)).map(([id]) => ({ id }));
      },
      async sendMessage(tabId: number, message: { paused: boolean }) {
        await later();
        if (!fake.tabs.get(tabId)?.script) {
          throw new Error("Could not establish connection. Receiving end does not exist.");
        }
        fake.sent.push({ tabId, paused: message.paused });
        return { ok: true };
      },
    },
  };
});

const HOST = "social.example.org";
const PATTERN = `https://${HOST}/*`;

test("a site is not turned on without its permission", async () => {
  const answer = await enableSite(HOST);
  assert.equal(answer.ok, false);
  assert.match(answer.message, /has not granted/);
  assert.equal(fake.scripts.size, 0);
  assert.equal(fake.local.get("enabledSites"), undefined);
});

test("turning a site on twice at once registers it once, and starts it in its open tab once", async () => {
  fake.granted.add(PATTERN);
  fake.tabs.set(7, { url: `https://${HOST}/home`, script: false });
  fake.tabs.set(8, { url: "https://elsewhere.example/", script: false });
  const answers = await Promise.all([enableSite(HOST), enableSite(HOST)]);
  assert.ok(
    answers.every((answer) => answer.ok),
    JSON.stringify(answers),
  );
  assert.deepEqual([...fake.scripts.keys()], [`tact-site-${HOST}`]);
  assert.deepEqual(fake.scripts.get(`tact-site-${HOST}`), { matches: [PATTERN] });
  assert.deepEqual(fake.local.get("enabledSites"), [HOST]);
  // The first call injects; the second finds the script there and only tells it it is not paused.
  assert.deepEqual(fake.injected, [7]);
  assert.deepEqual(fake.sent, [{ tabId: 7, paused: false }]);
});

test("a tab the user paused stays paused when its site is turned on again", async () => {
  fake.granted.add(PATTERN);
  fake.tabs.set(3, { url: `https://${HOST}/home`, script: true });
  fake.session.set("pausedTabs", [3]);
  await enableSite(HOST);
  assert.deepEqual(fake.sent, [{ tabId: 3, paused: true }]);
  assert.deepEqual(fake.injected, []);
});

test("a host that is not a bare host name is refused", async () => {
  fake.granted.add("<all_urls>");
  for (const bad of ["https://social.example.org/", "Social.example.org", "a.example.org/x"]) {
    assert.equal((await enableSite(bad)).ok, false, bad);
  }
  assert.equal(fake.scripts.size, 0);
});

test("turning a site off stops it in open tabs, unregisters it and gives the permission back", async () => {
  fake.granted.add(PATTERN);
  fake.tabs.set(7, { url: `https://${HOST}/home`, script: true });
  await enableSite(HOST);
  fake.sent.length = 0;
  const answer = await disableSite(HOST);
  assert.deepEqual(answer, { ok: true, message: `Tact is off for ${HOST}.` });
  assert.deepEqual(fake.sent, [{ tabId: 7, paused: true }]);
  assert.equal(fake.scripts.size, 0);
  assert.deepEqual(fake.local.get("enabledSites"), []);
  assert.equal(fake.granted.has(PATTERN), false);
});

test("turning off keeps the permission the subscribed team preset is fetched with", async () => {
  fake.granted.add(PATTERN);
  fake.local.set("preset", { id: "acme", name: "ACME", source: "url", json: "{}", url: `https://${HOST}/preset.json` });
  await enableSite(HOST);
  await disableSite(HOST);
  assert.equal(fake.scripts.size, 0);
  assert.equal(fake.granted.has(PATTERN), true);
});

test("a permission the manifest requires cannot be removed, and the site is off all the same", async () => {
  fake.granted.add(PATTERN);
  fake.required.add(PATTERN);
  await enableSite(HOST);
  assert.equal((await disableSite(HOST)).ok, true);
  assert.equal(fake.scripts.size, 0);
  assert.deepEqual(fake.local.get("enabledSites"), []);
});

test("the permission the popup asked for turns the site on when it arrives, even with the popup gone", async () => {
  startSites();
  const [added] = fake.onAdded;
  assert.ok(added);
  fake.session.set("pendingSite", HOST);
  fake.granted.add(PATTERN);
  added({ origins: [PATTERN] });
  await waitFor(() => fake.scripts.has(`tact-site-${HOST}`));
  assert.deepEqual(fake.local.get("enabledSites"), [HOST]);
  assert.equal(fake.session.has("pendingSite"), false);
});

test("a permission granted for another reason does not turn a site on", async () => {
  startSites();
  const [added] = fake.onAdded;
  fake.granted.add(PATTERN);
  added?.({ origins: [PATTERN] });
  await new Promise((resolve) => setTimeout(resolve, 30));
  assert.equal(fake.scripts.size, 0);
});

test("a permission removed elsewhere removes the site when Chrome says so", async () => {
  fake.granted.add(PATTERN);
  await enableSite(HOST);
  startSites();
  fake.granted.delete(PATTERN);
  for (const listener of fake.onRemoved) listener();
  await waitFor(() => fake.scripts.size === 0);
  await waitFor(() => JSON.stringify(fake.local.get("enabledSites")) === "[]");
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 200 && !condition(); tries++) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.ok(condition(), "the condition never held");
}
