// Unit tests for the user's sites: which tabs can be offered, the pattern and id of each site, and the reconciliation
// of the stored list with Chrome's granted permissions and registered scripts.

import { test } from "node:test";
import assert from "node:assert/strict";
import { grantCovers, hostOfScriptId, isHost, reconcileSites, scriptId, sitePattern, siteOfUrl } from "./sites";

test("an https page is offered by its host, whatever its path, port or case", () => {
  assert.equal(siteOfUrl("https://social.example.org/home"), "social.example.org");
  assert.equal(siteOfUrl("https://Forum.Example.com:8443/t/42?x=1#reply"), "forum.example.com");
  assert.equal(siteOfUrl("https://help.example.com./tickets"), "help.example.com");
});

test("pages Tact cannot be turned on for are not offered", () => {
  for (const url of [
    "chrome://extensions/",
    "chrome-extension://abc/extension/pages/popup.html",
    "file:///home/me/draft.html",
    "http://forum.example.com/",
    "about:blank",
    "not a url",
    "",
  ]) {
    assert.equal(siteOfUrl(url), null, url);
  }
});

test("loopback hosts are offered over http, as the manifest's optional permissions allow, and only so", () => {
  assert.equal(siteOfUrl("http://localhost:3000/compose"), "localhost");
  assert.equal(siteOfUrl("http://127.0.0.1:8080/"), "127.0.0.1");
  assert.equal(siteOfUrl("https://localhost/"), null);
  assert.equal(sitePattern("localhost"), "http://localhost/*");
  assert.equal(sitePattern("social.example.org"), "https://social.example.org/*");
});

test("each host has one stable script id, and only Tact's ids give a host back", () => {
  assert.equal(scriptId("social.example.org"), "tact-site-social.example.org");
  assert.equal(hostOfScriptId(scriptId("social.example.org")), "social.example.org");
  assert.equal(hostOfScriptId("tact-site-"), null);
  assert.equal(hostOfScriptId("someone-else"), null);
});

test("a host is a bare lower-case host name", () => {
  assert.ok(isHost("social.example.org"));
  const bad = ["Social.example.org", "social.example.org/path", "social.example.org:443", "", "a b", "*.example.org"];
  for (const host of bad) {
    assert.equal(isHost(host), false, host);
  }
});

test("a grant covers a host by exact host, wildcard subdomain, any host or all urls, in the right scheme", () => {
  const host = "social.example.org";
  for (const granted of [
    "https://social.example.org/*",
    "*://social.example.org/*",
    "https://*.example.org/*",
    "https://*.social.example.org/*",
    "https://*/*",
    "<all_urls>",
  ]) {
    assert.ok(grantCovers(granted, host), granted);
  }
  for (const granted of [
    "http://social.example.org/*",
    "https://example.org/*",
    "https://other.example.org/*",
    "https://social.example.org/only/*",
    "https://xsocial.example.org/*",
  ]) {
    assert.equal(grantCovers(granted, host), false, granted);
  }
  assert.ok(grantCovers("http://localhost/*", "localhost"));
  assert.equal(grantCovers("https://localhost/*", "localhost"), false);
});

test("an enabled and granted host without a script gets one registered", () => {
  const plan = reconcileSites({
    stored: ["social.example.org"],
    granted: ["https://social.example.org/*"],
    registered: [],
  });
  assert.deepEqual(plan, { enabled: ["social.example.org"], register: ["social.example.org"], unregister: [] });
});

test("a host already registered is not registered again", () => {
  const plan = reconcileSites({
    stored: ["social.example.org"],
    granted: ["https://social.example.org/*"],
    registered: ["tact-site-social.example.org"],
  });
  assert.deepEqual(plan, { enabled: ["social.example.org"], register: [], unregister: [] });
});

test("a removed permission removes the registration and the host from the list", () => {
  const plan = reconcileSites({
    stored: ["social.example.org", "forum.example.com"],
    granted: ["https://forum.example.com/*", "https://x.com/*"],
    registered: ["tact-site-social.example.org", "tact-site-forum.example.com"],
  });
  assert.deepEqual(plan, {
    enabled: ["forum.example.com"],
    register: [],
    unregister: ["tact-site-social.example.org"],
  });
});

test("a registration left from a site turned off goes, and scripts that are not Tact's user sites stay", () => {
  const plan = reconcileSites({
    stored: [],
    granted: ["https://*/*"],
    registered: ["tact-site-old.example.net", "some-other-script"],
  });
  assert.deepEqual(plan, { enabled: [], register: [], unregister: ["tact-site-old.example.net"] });
});

test("whatever was stored, only valid hosts are kept, each once, in their order", () => {
  const plan = reconcileSites({
    stored: ["b.example.org", 42, null, "B.example.org", "a.example.org/x", "b.example.org", "a.example.org"],
    granted: ["<all_urls>"],
    registered: [],
  });
  assert.deepEqual(plan.enabled, ["b.example.org", "a.example.org"]);
  const notAList = reconcileSites({ stored: { hosts: ["a.example.org"] }, granted: ["<all_urls>"], registered: [] });
  assert.deepEqual(notAList.enabled, []);
});
