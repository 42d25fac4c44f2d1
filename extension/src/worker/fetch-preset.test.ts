// Unit tests for fetching a subscribed preset with a fake fetch: If-None-Match carries the stored ETag, a 304 keeps
// the stored copy, a new copy brings its ETag, and whether Tact may read the origin is asked of chrome.permissions.

import { afterEach, test } from "node:test";
import assert from "node:assert/strict";
import { fetchPreset, mayRead } from "./presets";

const URL_ = "https://intranet.example.com/tact/team.json";
const realFetch = globalThis.fetch;

/** A fetch that records each request's headers and answers with `respond`. */
function fakeFetch(respond: (headers: Headers) => Response) {
  const seen: { url: string; ifNoneMatch: string | null; credentials?: string; redirect?: string }[] = [];
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    seen.push({
      url: String(input),
      ifNoneMatch: headers.get("If-None-Match"),
      credentials: init?.credentials,
      redirect: init?.redirect,
    });
    return respond(headers);
  }) as typeof fetch;
  return seen;
}

afterEach(() => {
  globalThis.fetch = realFetch;
});

test("a first fetch sends no If-None-Match and keeps the server's ETag with the new copy", async () => {
  const seen = fakeFetch(() => new Response('{"format":1}', { status: 200, headers: { ETag: '"v1"' } }));
  assert.deepEqual(await fetchPreset(URL_), { kind: "new", json: '{"format":1}', etag: '"v1"' });
  assert.deepEqual(seen, [{ url: URL_, ifNoneMatch: null, credentials: "omit", redirect: "error" }]);
});

test("a refresh sends the stored ETag as If-None-Match, and a 304 means the stored copy stays", async () => {
  const seen = fakeFetch((headers) =>
    headers.get("If-None-Match") === '"v1"'
      ? new Response(null, { status: 304, headers: { ETag: '"v1"' } })
      : new Response("{}", { status: 200, headers: { ETag: '"v2"' } }),
  );
  assert.deepEqual(await fetchPreset(URL_, '"v1"'), { kind: "same" });
  assert.equal(seen[0].ifNoneMatch, '"v1"');
  assert.deepEqual(await fetchPreset(URL_, '"v0"'), { kind: "new", json: "{}", etag: '"v2"' });
});

test("a server that hides its ETag (a cross-origin read without Access-Control-Expose-Headers) gives a copy with none", async () => {
  fakeFetch(() => new Response("{}", { status: 200 }));
  assert.deepEqual(await fetchPreset(URL_, '"v1"'), { kind: "new", json: "{}", etag: undefined });
});

test("a refused or failed request keeps the stored copy and says why", async () => {
  fakeFetch(() => new Response("no", { status: 403, statusText: "Forbidden" }));
  assert.deepEqual(await fetchPreset(URL_), { kind: "failed", message: `${URL_} answered 403 Forbidden.` });
  globalThis.fetch = (async () => {
    throw new TypeError("Failed to fetch");
  }) as typeof fetch;
  const failed = await fetchPreset(URL_);
  assert.equal(failed.kind, "failed");
});

test("whether Tact may read a preset's origin is asked of chrome.permissions for that origin only", async () => {
  const asked: string[][] = [];
  const permissions = (granted: boolean) => ({
    contains: async ({ origins }: { origins?: string[] }) => {
      asked.push(origins ?? []);
      return granted;
    },
  });
  assert.equal(await mayRead(URL_, permissions(true) as never), true);
  assert.equal(await mayRead(URL_, permissions(false) as never), false);
  assert.deepEqual(asked, [["https://intranet.example.com/*"], ["https://intranet.example.com/*"]]);
  assert.equal(await mayRead("not a url", permissions(true) as never), false);
});
