// Unit tests for the service worker's stats record, on an in-memory chrome.storage that answers asynchronously and
// can be made to fail as a full one does.

import { beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { type Faults, QUOTA_ERROR, fakeStorageArea } from "./fake-storage";
import {
  LIMITS,
  RECORDS_KEY,
  SESSION_MARK_KEY,
  STATS_KEY,
  dayOf,
  isPaused,
  readStats,
  recordCheck,
  recordDraft,
  recordPost,
  recordedSite,
  resetStats,
  restartWorker,
  setPaused,
  startSession,
} from "./stats";
import type { PostSentEvent } from "../shared/messages";

type Area = Map<string, unknown>;

let session: Area;
let local: Area;
let localFaults: Faults;
let sessionFaults: Faults;
let writes: number;
let written: string[][];
beforeEach(() => {
  session = new Map();
  local = new Map();
  localFaults = {};
  sessionFaults = {};
  writes = 0;
  written = [];
  restartWorker();
  const counted = fakeStorageArea(local, localFaults);
  (globalThis as unknown as { chrome: unknown }).chrome = {
    storage: {
      session: fakeStorageArea(session, sessionFaults),
      local: {
        ...counted,
        set: (items: Record<string, unknown>) => {
          writes += 1;
          written.push(Object.keys(items));
          return counted.set(items);
        },
      },
    },
  };
});

const scores = (listening: number, respect: number, promotion: number) => ({ listening, respect, promotion });
let ids = 0;
const post = (fields: Partial<PostSentEvent> = {}): PostSentEvent => ({
  type: "post-sent",
  id: `post-${String(++ids).padStart(8, "0")}`,
  site: "x",
  first: scores(0.2, 0.3, 0.9),
  final: scores(0.6, 0.8, 0.1),
  rules: [],
  ...fields,
});
const lifetime = async () => (await readStats()).lifetime;

test("events arriving together are all counted", async () => {
  await Promise.all(Array.from({ length: 20 }, (_, n) => recordDraft(n % 2 ? "x" : "reddit")));
  const stats = await readStats();
  assert.equal(stats.stats.drafts, 20);
  assert.deepEqual(stats.stats.bySite, { x: 10, reddit: 10 });
  assert.equal(stats.lifetime.drafts, 20);
});

test("a post is kept with its scores and rules, and the lifetime totals count it and its verdict", async () => {
  await recordPost(post({ rules: ["a"] }), 1, async () => true);
  await recordPost(post(), 1, async () => false);
  const { stats, lifetime, history } = await readStats();
  assert.equal(stats.posts.length, 2);
  assert.deepEqual(stats.posts[0].final, scores(0.6, 0.8, 0.1));
  assert.deepEqual(stats.posts[0].rules, ["a"]);
  assert.ok(stats.posts[0].time > 0);
  assert.equal(lifetime.posts, 2);
  assert.equal(lifetime.improved, 1);
  assert.deepEqual(history.days[dayOf(Date.now())], { drafts: 0, posts: 2, improved: 1 });
  assert.deepEqual(history.sites.x, { drafts: 0, posts: 2, improved: 1 });
  assert.deepEqual(history.rules, { a: 1 });
});

test("a verdict that fails counts the post as not improved, and never loses it", async () => {
  await recordPost(post({ first: scores(0, 0, 0), final: scores(1, 1, 0) }), 2, () =>
    Promise.reject(new Error("no engine")),
  );
  assert.equal((await readStats()).stats.posts.length, 1);
  assert.equal((await lifetime()).improved, 0);
});

test("scores out of range and overlong names are cut to size, so nothing like a draft is stored", async () => {
  const draft = "Obviously you're wrong. ".repeat(20);
  const first = { listening: 7, respect: Number.NaN, promotion: -1 };
  await recordPost(post({ site: draft, first, final: scores(0.5, 0.5, 0.5), rules: [draft] }), 3, async () => false);
  const [kept] = (await readStats()).stats.posts;
  assert.deepEqual(kept.first, scores(1, 0, 0));
  assert.ok(kept.site.length <= 100 && kept.rules[0].length <= 100);
});

test("one post reported twice counts once; two drafts with the same scores posted 1.3 s apart count as two", async () => {
  const once = post({ site: "reddit", first: scores(0.2, 0.2, 0.9), final: scores(0.8, 0.8, 0.1) });
  await Promise.all([recordPost(once, 11, async () => true), recordPost(once, 11, async () => true)]);
  // The same identity after a worker restart is still the same post.
  restartWorker();
  await recordPost(once, 11, async () => true);
  assert.equal((await readStats()).stats.posts.length, 1);
  // Another draft with the very same scores and rules, from the same tab: another post.
  const twin = { ...once, id: "another-post-id" };
  await recordPost(twin, 11, async () => true);
  // The same identity from another tab is another post too.
  await recordPost(once, 12, async () => true);
  assert.equal((await readStats()).stats.posts.length, 3);
  assert.equal((await lifetime()).improved, 3);
});

test("each pre-post check outcome is recorded and counted", async () => {
  for (const outcome of ["shown", "edited", "shown", "posted-anyway"] as const) {
    await recordCheck({ type: "pre-post-check", site: "x", outcome });
  }
  const { stats, lifetime: totals } = await readStats();
  assert.deepEqual(
    stats.checks.map((check) => check.outcome),
    ["shown", "edited", "shown", "posted-anyway"],
  );
  assert.deepEqual([totals.checksShown, totals.checksEdited, totals.checksPostedAnyway], [2, 1, 1]);
});

test("reset clears the session and keeps the lifetime totals and the history", async () => {
  await recordDraft("x");
  await recordPost(post(), 1, async () => true);
  await resetStats();
  const { stats, lifetime: totals, history } = await readStats();
  assert.deepEqual([stats.drafts, stats.posts.length, Object.keys(stats.bySite).length], [0, 0, 0]);
  assert.deepEqual([totals.drafts, totals.posts], [1, 1]);
  assert.equal(history.sites.x.posts, 1);
});

test("stats are read from storage on every change, so a restarted worker picks up where the last one stopped", async () => {
  await recordDraft("x");
  restartWorker();
  await recordDraft("x");
  assert.equal((await readStats()).stats.drafts, 2);
});

test("a new browser session (chrome.storage.session emptied) starts the session's stats afresh, not the lifetime's", async () => {
  await recordDraft("x");
  await recordPost(post(), 1, async () => true);
  session.clear();
  restartWorker();
  // The browser's start removes the last session's records at once.
  await startSession();
  assert.equal(local.has(RECORDS_KEY), false);
  await recordDraft("reddit");
  const { stats, lifetime: totals } = await readStats();
  assert.deepEqual([stats.drafts, stats.posts.length, stats.bySite], [1, 0, { reddit: 1 }]);
  assert.deepEqual([totals.drafts, totals.posts], [2, 1]);
});

test("session and lifetime change in one write: a write that fails loses both, never one of them", async () => {
  await recordDraft("x");
  const before = writes;
  localFaults.set = new Error("IO error: .../Local Extension Settings/...: Write failed");
  await assert.rejects(
    recordPost(post(), 1, async () => true),
    /could not save its stats \(a post\): IO error/,
  );
  await assert.rejects(recordDraft("x"), /could not save/);
  assert.equal(writes, before + 2);
  delete localFaults.set;
  const { stats, lifetime: totals } = await readStats();
  assert.deepEqual([stats.drafts, stats.posts.length, totals.drafts, totals.posts], [1, 0, 1, 0]);
});

test("a full storage.local is recorded for the popup until a change is stored again", async () => {
  localFaults.set = QUOTA_ERROR();
  await assert.rejects(recordCheck({ type: "pre-post-check", site: "x", outcome: "shown" }), /quota/);
  assert.match((await readStats()).problem ?? "", /Tact could not save its stats \(a pre-post check\): .*quota/);
  delete localFaults.set;
  await recordDraft("x");
  assert.equal((await readStats()).problem, undefined);
});

test("a full storage.session still counts posts, and its failure is shown", async () => {
  sessionFaults.set = QUOTA_ERROR();
  await recordPost(post(), 1, async () => true);
  await recordPost(post(), 1, async () => true);
  const answer = await readStats();
  assert.equal(answer.stats.posts.length, 2);
  assert.match(answer.problem ?? "", /could not note this browser session/);
  await assert.rejects(setPaused(4, true), /could not pause the tab: .*quota/);
  assert.match((await readStats()).problem ?? "", /could not pause the tab/);
});

test("a storage that cannot be read answers as failed and counts nothing", async () => {
  localFaults.get = new Error("Corruption: block checksum mismatch");
  await assert.rejects(recordDraft("x"), /could not save its stats \(a draft\): Corruption/);
  await assert.rejects(readStats(), /Corruption/);
  delete localFaults.get;
  assert.equal((await readStats()).stats.drafts, 0);
});

test("the record stays under its ceilings however many posts, sites and rules come", async () => {
  const many = LIMITS.records + 40;
  for (let n = 0; n < many; n += 1) {
    await recordPost(post({ site: `site-${n}`, rules: [`rule-${n}`, "common"] }), 1, async () => false);
  }
  const { stats, lifetime: totals, history } = await readStats();
  assert.equal(stats.posts.length, LIMITS.records);
  assert.equal(stats.posts.at(-1)?.site, `site-${many - 1}`);
  assert.equal(totals.posts, many);
  assert.ok(Object.keys(history.sites).length <= LIMITS.sites);
  assert.ok(Object.keys(history.rules).length <= LIMITS.rules);
  assert.equal(history.rules.common, many);
  const counters = local.get(STATS_KEY) as { seen: unknown[] };
  assert.equal(counters.seen.length, LIMITS.seen);
  // What one more event writes stays small: the counters (without the records) under 40 KB.
  assert.ok(JSON.stringify(counters).length < 40_000, `${JSON.stringify(counters).length} bytes`);
  assert.ok(JSON.stringify(local.get(RECORDS_KEY)).length < 200_000);
});

test("a post writes counters and records in one set; a draft only the counters", async () => {
  await recordPost(post(), 1, async () => false);
  await recordDraft("x");
  assert.deepEqual(written, [[STATS_KEY, RECORDS_KEY], [STATS_KEY]]);
  assert.ok(session.has(SESSION_MARK_KEY));
});

test("the lifetime totals kept before they moved are taken over", async () => {
  local.set("lifetimeStats", {
    drafts: 9,
    posts: 4,
    improved: 2,
    checksShown: 1,
    checksEdited: 0,
    checksPostedAnyway: 1,
  });
  await recordDraft("x");
  assert.deepEqual(await lifetime(), {
    drafts: 10,
    posts: 4,
    improved: 2,
    checksShown: 1,
    checksEdited: 0,
    checksPostedAnyway: 1,
  });
});

test("a tab is paused until it is resumed, and only that tab", async () => {
  await Promise.all([setPaused(4, true), setPaused(7, true)]);
  await setPaused(4, false);
  assert.deepEqual([await isPaused(4), await isPaused(7), await isPaused(9)], [false, true, false]);
});

test("a site the user turned on is recorded by its tab's host; a built-in site by its adapter", () => {
  assert.equal(recordedSite("generic", "https://www.forum.example.org/t/42"), "forum.example.org");
  assert.equal(recordedSite("generic", "http://localhost:8080/"), "localhost");
  assert.equal(recordedSite("reddit", "https://old.reddit.com/r/rust"), "reddit");
  assert.equal(recordedSite("generic", undefined), "generic");
  assert.equal(recordedSite("generic", "not a url"), "generic");
  assert.equal(recordedSite("generic", "file:///home/me/page.html"), "generic");
});
