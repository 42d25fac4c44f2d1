// Unit tests for the per-site switch's site names and the stored settings' parsing.

import { test } from "node:test";
import assert from "node:assert/strict";
import { isActive, siteKey, stringList } from "./settings";

test("a site is named by the adapter host it is on, as the popup shows it", () => {
  assert.equal(siteKey({ hosts: ["reddit.com"] }, "old.reddit.com"), "reddit.com");
  assert.equal(siteKey({ hosts: ["linkedin.com"] }, "www.linkedin.com"), "linkedin.com");
  assert.equal(siteKey({ hosts: ["x.com", "twitter.com"] }, "twitter.com"), "twitter.com");
});

test("a site no adapter names by host is its host name without www", () => {
  assert.equal(siteKey({ hosts: [] }, "www.forum.example.org"), "forum.example.org");
  assert.equal(siteKey({ hosts: [] }, "Hachyderm.io."), "hachyderm.io");
});

test("stored lists keep only their strings, and anything else reads as empty", () => {
  assert.deepEqual(stringList(["x.com", 3, null, "bsky.app"]), ["x.com", "bsky.app"]);
  assert.deepEqual(stringList("x.com"), []);
  assert.deepEqual(stringList(undefined), []);
});

test("Tact checks unless the site is switched off or the tab is paused", () => {
  assert.equal(isActive("x.com", [], false), true);
  assert.equal(isActive("x.com", ["x.com"], false), false);
  assert.equal(isActive("x.com", ["bsky.app"], true), false);
});
