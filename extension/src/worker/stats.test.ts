// Unit tests for the service worker's stats record, on an in-memory chrome.storage that answers asynchronously.

import { beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { fakeStorageArea } from "./fake-storage";
import {
  isPaused,
  readStats,
  recordCheck,
  recordDraft,
  recordPost,
  recordedSite,
  resetStats,
  setPaused,
} from "./stats";
import { LIFETIME_STATS_KEY, type LifetimeStats, type PostSentEvent } from "../shared/messages";

type Area = Map<string, unknown>;

let session: Area;
let local: Area;
beforeEach(() => {
  session = new Map();
  local = new Map();
  (globalThis as unknown as { chrome: unknown }).chrome = {
    storage: { session: fakeStorageArea(session), local: fakeStorageArea(local) },
  };
});

const lifetime = () => local.get(LIFETIME_STATS_KEY) as LifetimeStats;
const scores = (listening: number, respect: number, promotion: number) => ({ listening, respect, promotion });

test("events arriving together are all counted", async () => {
  await Promise.all(Array.from({ length: 20 }, (_, n) => recordDraft(n % 2 ? "x" : "reddit")));
  const stats = await readStats();
  assert.equal(stats.drafts, 20);
  assert.deepEqual(stats.bySite, { x: 10, reddit: 10 });
  assert.equal(lifetime().drafts, 20);
});

test("a post is kept with its scores and rules, and the lifetime totals count it and its verdict", async () => {
  const event = {
    type: "post-sent",
    site: "x",
    first: scores(0.2, 0.3, 0.9),
    final: scores(0.6, 0.8, 0.1),
    rules: ["a"],
  } as const;
  await recordPost({ ...event, rules: ["a"] }, 1, async () => true);
  await recordPost({ ...event, rules: [] }, 1, async () => false);
  const stats = await readStats();
  assert.equal(stats.posts.length, 2);
  assert.deepEqual(stats.posts[0].final, scores(0.6, 0.8, 0.1));
  assert.deepEqual(stats.posts[0].rules, ["a"]);
  assert.ok(stats.posts[0].time > 0);
  assert.equal(lifetime().posts, 2);
  assert.equal(lifetime().improved, 1);
});

test("a verdict that fails counts the post as not improved, and never loses it", async () => {
  await recordPost({ type: "post-sent", site: "x", first: scores(0, 0, 0), final: scores(1, 1, 0), rules: [] }, 2, () =>
    Promise.reject(new Error("no engine")),
  );
  assert.equal((await readStats()).posts.length, 1);
  assert.equal(lifetime().improved, 0);
});

test("scores out of range and overlong names are cut to size, so nothing like a draft is stored", async () => {
  const draft = "Obviously you're wrong. ".repeat(20);
  const first = { listening: 7, respect: Number.NaN, promotion: -1 };
  await recordPost(
    { type: "post-sent", site: draft, first, final: scores(0.5, 0.5, 0.5), rules: [draft] },
    3,
    async () => false,
  );
  const [post] = (await readStats()).posts;
  assert.deepEqual(post.first, scores(1, 0, 0));
  assert.ok(post.site.length <= 100 && post.rules[0].length <= 100);
});

test("one post reported twice by its tab (click and form submit) counts once; the same scores from another tab count", async () => {
  const event: PostSentEvent = {
    type: "post-sent",
    site: "reddit",
    first: scores(0.2, 0.2, 0.9),
    final: scores(0.8, 0.8, 0.1),
    rules: [],
  };
  await Promise.all([recordPost(event, 11, async () => true), recordPost(event, 11, async () => true)]);
  await recordPost(event, 12, async () => true);
  assert.equal((await readStats()).posts.length, 2);
  assert.equal(lifetime().improved, 2);
});

test("each pre-post check outcome is recorded and counted; an unknown one is ignored", async () => {
  for (const outcome of ["shown", "edited", "shown", "posted-anyway"] as const) {
    await recordCheck({ type: "pre-post-check", site: "x", outcome });
  }
  await recordCheck({ type: "pre-post-check", site: "x", outcome: "exploded" as "shown" });
  assert.deepEqual(
    (await readStats()).checks.map((check) => check.outcome),
    ["shown", "edited", "shown", "posted-anyway"],
  );
  assert.deepEqual([lifetime().checksShown, lifetime().checksEdited, lifetime().checksPostedAnyway], [2, 1, 1]);
});

test("reset clears the session and keeps the lifetime totals", async () => {
  await recordDraft("x");
  await resetStats();
  const stats = await readStats();
  assert.deepEqual([stats.drafts, stats.posts.length, Object.keys(stats.bySite).length], [0, 0, 0]);
  assert.equal(lifetime().drafts, 1);
});

test("stats are read from storage on every change, so a restarted worker picks up where the last one stopped", async () => {
  await recordDraft("x");
  // What an earlier worker had stored before this one started:
  session.set("sessionStats", { drafts: 5, bySite: { x: 5 }, posts: [], checks: [] });
  await recordDraft("x");
  assert.equal((await readStats()).drafts, 6);
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
