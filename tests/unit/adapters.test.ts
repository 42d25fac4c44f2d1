// Unit tests for the site adapter table: which adapter serves a page, and what each adapter promises.

import { test } from "node:test";
import assert from "node:assert/strict";
import { BUILTIN_HOSTS } from "../../extension/src/content/adapters/hosts";
import {
  ADAPTERS,
  adapterFor,
  hostMatches,
  submitControlFor,
  submitKeysFor,
} from "../../extension/src/content/adapters/index";
import type { SiteAdapter } from "../../extension/src/content/adapters/types";

/** A document stand-in that knows which selectors match something on the page. */
function pageWith(...present: string[]) {
  return { querySelector: (selector: string) => (present.includes(selector) ? ({} as Element) : null) };
}
const emptyPage = pageWith();
const idOn = (hostname: string, page = emptyPage) => adapterFor({ hostname }, page).id;

test("each built-in site is recognised by its host", () => {
  assert.equal(idOn("x.com"), "x");
  assert.equal(idOn("twitter.com"), "x");
  assert.equal(idOn("www.linkedin.com"), "linkedin");
  assert.equal(idOn("www.facebook.com"), "facebook");
  assert.equal(idOn("www.reddit.com"), "reddit");
  assert.equal(idOn("bsky.app"), "bluesky");
  assert.equal(idOn("www.youtube.com"), "youtube");
  assert.equal(idOn("www.threads.net"), "threads");
  assert.equal(idOn("www.threads.com"), "threads");
  assert.equal(idOn("www.instagram.com"), "instagram");
});

test("subdomains match their site: old Reddit, mobile sites, www", () => {
  assert.equal(idOn("old.reddit.com"), "reddit");
  assert.equal(idOn("new.reddit.com"), "reddit");
  assert.equal(idOn("m.facebook.com"), "facebook");
  assert.equal(idOn("m.youtube.com"), "youtube");
  assert.equal(idOn("WWW.LinkedIn.com."), "linkedin", "case and a trailing dot do not matter");
});

test("a look-alike host is not the site", () => {
  assert.equal(idOn("notx.com"), "generic");
  assert.equal(idOn("x.com.example.org"), "generic");
  assert.equal(idOn("myreddit.com"), "generic");
  assert.equal(hostMatches("evilbsky.app", "bsky.app"), false);
  assert.equal(hostMatches("staging.bsky.app", "bsky.app"), true);
});

test("Mastodon is recognised by its page on any domain, and only there", () => {
  const mastodonPage = pageWith(ADAPTERS.find((adapter) => adapter.id === "mastodon")?.domSignature ?? "");
  assert.equal(idOn("hachyderm.io", mastodonPage), "mastodon");
  assert.equal(idOn("social.example.coop", mastodonPage), "mastodon");
  assert.equal(idOn("social.example.coop"), "generic");
});

test("a host match wins over a DOM signature", () => {
  const mastodonPage = pageWith(ADAPTERS.find((adapter) => adapter.id === "mastodon")?.domSignature ?? "");
  assert.equal(idOn("x.com", mastodonPage), "x");
});

test("every adapter has a unique id, composers, and at least one write path that fits each kind of editor", () => {
  const ids = ADAPTERS.map((adapter) => adapter.id);
  assert.deepEqual([...new Set(ids)], ids);
  assert.equal(ADAPTERS.at(-1)?.id, "generic", "the fallback comes last");
  for (const adapter of ADAPTERS) {
    assert.ok(adapter.composers.length > 0, `${adapter.id} has composers`);
    assert.ok(adapter.writePaths.includes("execCommand"), `${adapter.id} tries the editor's own input path`);
    assert.ok(
      adapter.hosts.length > 0 || adapter.domSignature || adapter.id === "generic",
      `${adapter.id} is reachable`,
    );
    assert.ok(
      adapter.submitButtons.length > 0 ||
        (adapter.submitButtonTexts ?? []).length > 0 ||
        adapter.id === "generic" ||
        adapter.submitKeys.length > 0,
      `${adapter.id} has a way to see a submit`,
    );
  }
});

test("no two site adapters claim the same host", () => {
  const seen = new Map<string, string>();
  for (const adapter of ADAPTERS) {
    for (const host of adapter.hosts) {
      assert.equal(seen.get(host), undefined, `${host} claimed by ${seen.get(host)} and ${adapter.id}`);
      seen.set(host, adapter.id);
    }
  }
});

/** An element stand-in whose `closest()` answers for the given selectors, with the given text. */
function elementMatching(selectors: Record<string, string>): Element {
  return {
    closest: (selector: string) =>
      selector in selectors ? elementMatching({ ...selectors, [selector]: selectors[selector] }) : null,
    textContent: Object.values(selectors)[0] ?? "",
  } as unknown as Element;
}

test("submit keys follow the composer: Facebook comments send on Enter, its post dialog does not", () => {
  const facebook = ADAPTERS.find((adapter) => adapter.id === "facebook") as SiteAdapter;
  const within = facebook.submitKeysWithin?.[0]?.within ?? "";
  assert.deepEqual(submitKeysFor(facebook, elementMatching({ [within]: "" })), ["enter"]);
  assert.deepEqual(submitKeysFor(facebook, elementMatching({})), []);
});

test("a submit control is recognised by its text where the site gives it no attribute (Threads)", () => {
  const threads = ADAPTERS.find((adapter) => adapter.id === "threads") as SiteAdapter;
  const selector = threads.submitButtonTexts?.[0]?.selector ?? "";
  assert.ok(submitControlFor(threads, elementMatching({ [selector]: " Post " })));
  assert.equal(submitControlFor(threads, elementMatching({ [selector]: "Add to thread" })), null);
});

test("the popup's table of built-in hosts is every adapter's, in the adapters' order", () => {
  assert.deepEqual(
    BUILTIN_HOSTS,
    ADAPTERS.flatMap((adapter) => adapter.hosts),
  );
});
