// Unit tests for the worker's inbox: each message sent from the wrong place is refused, from the right place answered.

import { test } from "node:test";
import assert from "node:assert/strict";
import { postId } from "../content/post-flow";
import { type Handlers, type Kind, REFUSED, type Self, type Sender, admit, listener, originOf } from "./inbox";

const SELF: Self = {
  id: "tact-id",
  origin: "chrome-extension://tact-id/",
  pages: "chrome-extension://tact-id/extension/pages/",
};
const POPUP: Sender = { id: "tact-id", url: "chrome-extension://tact-id/extension/pages/popup.html" };
const OPTIONS_TAB: Sender = {
  id: "tact-id",
  url: "chrome-extension://tact-id/extension/pages/options.html",
  tab: { id: 3, url: "chrome-extension://tact-id/extension/pages/options.html" },
};
const CONTENT: Sender = { id: "tact-id", url: "https://x.com/home", tab: { id: 7, url: "https://x.com/home" } };
const OTHER_EXTENSION: Sender = { id: "someone-else", url: "chrome-extension://someone-else/page.html" };

const scores = { listening: 0.5, respect: 0.5, promotion: 0.1 };

/** One well-formed message of each kind. */
const VALID: { [K in Kind]: Extract<Parameters<Handlers[K]>[0], { type: K }> } = {
  check: { type: "check", text: "Thanks for asking!", context: null },
  "draft-checked": { type: "draft-checked", site: "x" },
  "post-sent": { type: "post-sent", id: "0123456789abcdef", site: "x", first: scores, final: scores, rules: ["a"] },
  "pre-post-check": { type: "pre-post-check", site: "x", outcome: "shown" },
  "get-stats": { type: "get-stats" },
  "reset-stats": { type: "reset-stats" },
  "get-tab-state": { type: "get-tab-state" },
  "set-paused": { type: "set-paused", paused: true, tabId: 7 },
  "enable-site": { type: "enable-site", host: "forum.example.org" },
  "disable-site": { type: "disable-site", host: "forum.example.org" },
  "turn-rule-off": { type: "turn-rule-off", rule: "builtin.absolutes" },
  "preset-import": { type: "preset-import", json: "{}", label: "team.json" },
  "preset-builtin": { type: "preset-builtin", name: "builtin:strict" },
  "preset-subscribe": { type: "preset-subscribe", url: "https://example.com/p.json" },
  "preset-refresh": { type: "preset-refresh" },
  "preset-sync": { type: "preset-sync" },
};
const KINDS = Object.keys(VALID) as Kind[];
const FROM_CONTENT = new Set<Kind>([
  "check",
  "draft-checked",
  "post-sent",
  "pre-post-check",
  "get-tab-state",
  "turn-rule-off",
]);

/** Handlers that record what reached them and answer with their kind. */
function recording() {
  const calls: { type: Kind; tabId?: number; place: string }[] = [];
  const handlers = Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      async (message: { type: Kind }, origin: { place: string; tabId?: number }) => {
        calls.push({ type: message.type, tabId: origin.tabId, place: origin.place });
        return { handled: kind };
      },
    ]),
  ) as unknown as Handlers;
  return { calls, handlers };
}

/** Sends `message` from `sender` through the listener: its answer, what it logged, and what the handlers saw. */
async function send(message: unknown, sender: Sender, handlers = recording()) {
  const logged: string[] = [];
  const answer = await new Promise<unknown>((resolve) => {
    listener(
      handlers.handlers,
      () => SELF,
      (problem) => logged.push(problem),
    )(message, sender, resolve);
  });
  return { answer, logged, calls: handlers.calls };
}

test("where a message comes from: Tact's pages, a content script in its tab, or not Tact", () => {
  assert.deepEqual(originOf(POPUP, SELF), { place: "page", url: POPUP.url });
  assert.deepEqual(originOf(OPTIONS_TAB, SELF), { place: "page", tabId: 3, url: OPTIONS_TAB.url });
  assert.deepEqual(originOf(CONTENT, SELF), { place: "content", tabId: 7, url: "https://x.com/home" });
  assert.equal(originOf(OTHER_EXTENSION, SELF), null);
  // Tact's id with no tab and no page of Tact's: nothing that should be sending.
  assert.equal(originOf({ id: "tact-id", url: "https://x.com/" }, SELF), null);
  assert.equal(originOf({ id: "tact-id", url: "chrome-extension://tact-id/extension/dist/worker.js" }, SELF), null);
});

for (const kind of KINDS) {
  test(`“${kind}” from the right place is handled and answered`, async () => {
    const sender = FROM_CONTENT.has(kind) && kind !== "get-tab-state" ? CONTENT : POPUP;
    const { answer, logged, calls } = await send(VALID[kind], sender);
    assert.deepEqual(answer, { handled: kind });
    assert.deepEqual(logged, []);
    assert.equal(calls.length, 1);
    assert.equal(calls[0].type, kind);
  });

  test(`“${kind}” from another extension is refused and logged`, async () => {
    const { answer, logged, calls } = await send(VALID[kind], OTHER_EXTENSION);
    assert.deepEqual(answer, REFUSED);
    assert.equal(calls.length, 0);
    assert.match(logged.join(), /refused .*from outside Tact/);
  });

  if (!FROM_CONTENT.has(kind)) {
    test(`“${kind}” from a content script is refused and logged`, async () => {
      const { answer, logged, calls } = await send(VALID[kind], CONTENT);
      assert.deepEqual(answer, REFUSED);
      assert.equal(calls.length, 0);
      assert.match(logged.join(), /from a content script .*only Tact's pages may/);
    });
  }

  if (Object.keys(VALID[kind]).length > 1) {
    test(`“${kind}” with a field of the wrong type is refused as malformed`, async () => {
      const sender = FROM_CONTENT.has(kind) ? CONTENT : POPUP;
      const fields = Object.keys(VALID[kind]).filter((field) => field !== "type");
      for (const field of fields) {
        const broken = { ...VALID[kind], [field]: { toString: "not a value" } };
        const { answer, logged, calls } = await send(broken, sender);
        assert.deepEqual(answer, REFUSED, field);
        assert.equal(calls.length, 0, field);
        assert.match(logged.join(), new RegExp(`malformed “${kind}”`), field);
      }
    });
  }
}

test("a content script asks about its own tab only", async () => {
  const own = await send({ type: "get-tab-state" }, CONTENT);
  assert.deepEqual(own.calls, [{ type: "get-tab-state", tabId: 7, place: "content" }]);
  const named = await send({ type: "get-tab-state", tabId: 7 }, CONTENT);
  assert.equal(named.calls.length, 1);
  const other = await send({ type: "get-tab-state", tabId: 8 }, CONTENT);
  assert.deepEqual(other.answer, REFUSED);
  assert.match(other.logged.join(), /from tab 7 about tab 8/);
  // The popup names the tab it is over.
  assert.equal((await send({ type: "get-tab-state", tabId: 8 }, POPUP)).calls.length, 1);
});

test("a content script can neither pause another tab nor its own through the worker", async () => {
  for (const tabId of [7, 8, undefined]) {
    const { answer, calls } = await send({ type: "set-paused", paused: true, tabId }, CONTENT);
    assert.deepEqual(answer, REFUSED);
    assert.equal(calls.length, 0);
  }
});

test("a content script's injected preset, with the check off, never reaches the preset service", async () => {
  const preset = JSON.stringify({ id: "evil", name: "Evil", gate: { mode: "off" } });
  const { answer, calls } = await send({ type: "preset-import", json: preset, label: "x" }, CONTENT);
  assert.deepEqual(answer, REFUSED);
  assert.equal(calls.length, 0);
});

test("a content script writes no storage through the worker but a rule turned off, named by a rule id", async () => {
  // Writes a content script might try: a storage write by another name, and a rule id that is no rule id.
  for (const message of [
    { type: "storage-set", items: { preset: { json: "{}" } } },
    { type: "set", key: "disabledSites", value: [] },
    { type: "turn-rule-off", rule: "__proto__" },
    { type: "turn-rule-off", rule: "Builtin Absolutes" },
    { type: "turn-rule-off", rule: ["builtin.absolutes"] },
    { type: "turn-rule-off", rule: "x".repeat(101) },
  ]) {
    const { answer, calls } = await send(message, CONTENT);
    assert.deepEqual(answer, REFUSED, JSON.stringify(message));
    assert.equal(calls.length, 0);
  }
  const { calls } = await send({ type: "turn-rule-off", rule: "no-hard-sell" }, CONTENT);
  assert.deepEqual(calls, [{ type: "turn-rule-off", tabId: 7, place: "content" }]);
});

test("unknown kinds and things that are no message are refused and logged, never thrown", async () => {
  for (const message of [null, undefined, 42, "check", [], { type: "get-problems" }, { type: "constructor" }, {}]) {
    const { answer, logged, calls } = await send(message, POPUP);
    assert.deepEqual(answer, REFUSED);
    assert.equal(calls.length, 0);
    assert.match(logged.join(), /refused unknown message/);
  }
  // A getter that throws while being read.
  const hostile = Object.defineProperty({ type: "check" }, "text", {
    get() {
      throw new Error("boom");
    },
  });
  const { answer, logged } = await send(hostile, CONTENT);
  assert.deepEqual(answer, REFUSED);
  assert.match(logged.join(), /could not be read: Error: boom/);
});

test("a post's identity, scores and rules are checked before it is counted", () => {
  const post = VALID["post-sent"];
  assert.ok(admit(post, CONTENT, SELF).ok);
  for (const broken of [
    { ...post, id: "short" },
    { ...post, id: "has spaces in it!" },
    { ...post, first: { ...scores, respect: Number.NaN } },
    { ...post, rules: Array.from({ length: 501 }, () => "a") },
    { ...post, rules: ["x".repeat(201)] },
  ]) {
    assert.equal(admit(broken, CONTENT, SELF).ok, false);
  }
});

test("a handler that fails answers {ok: false} and is logged", async () => {
  const handlers = recording();
  handlers.handlers["get-stats"] = () => {
    throw new Error("storage gone");
  };
  handlers.handlers["reset-stats"] = () => Promise.reject(new Error("quota"));
  for (const [type, why] of [
    ["get-stats", /storage gone/],
    ["reset-stats", /quota/],
  ] as const) {
    const { answer, logged } = await send({ type }, POPUP, handlers);
    assert.equal((answer as { ok: boolean }).ok, false);
    assert.match(logged.join(), why);
  }
});

test("the content script's post identities are accepted, and two posts never share one", () => {
  const made = new Set(Array.from({ length: 1000 }, () => postId()));
  assert.equal(made.size, 1000);
  for (const id of [...made].slice(0, 10)) assert.ok(admit({ ...VALID["post-sent"], id }, CONTENT, SELF).ok, id);
});
