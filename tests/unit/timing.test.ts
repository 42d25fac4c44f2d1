// Unit tests for the content script's one timeout race and one poll, on node:test's mocked timers.

import { afterEach, beforeEach, mock, test } from "node:test";
import assert from "node:assert/strict";
import { globalClock, poll, TimedOut, withTimeout } from "../../extension/src/content/timing";
import { advance } from "./support/time";

const settle = () => new Promise((resolve) => setImmediate(resolve));
/** For a callback the test expects never to be called. */
const never = (what?: unknown) => assert.fail(`unexpected call (${String(what)})`);

beforeEach(() => mock.timers.enable({ apis: ["setTimeout", "Date"] }));
afterEach(() => mock.timers.reset());

test("a race won by the work gives its value, and its timer is cancelled", async () => {
  const result = await withTimeout(Promise.resolve(7), 100, globalClock, "counting");
  assert.equal(result, 7);
});

test("a race lost to the clock rejects with TimedOut, saying what took too long", async () => {
  const raced = withTimeout(new Promise(() => undefined), 100, globalClock, "checking the draft");
  const errors: unknown[] = [];
  raced.catch((caught: unknown) => errors.push(caught));
  advance(99);
  await settle();
  assert.equal(errors.length, 0);
  advance(1);
  await settle();
  assert.ok(errors[0] instanceof TimedOut);
  assert.equal((errors[0] as Error).message, "checking the draft took longer than 100 ms");
});

test("the work's own failure wins over the clock", async () => {
  await assert.rejects(withTimeout(Promise.reject(new Error("broken")), 100, globalClock, "x"), /broken/);
});

test("a poll looks at its first time, then at every step, and stops once settled", () => {
  const looks: number[] = [];
  const start = Date.now();
  let timedOut = 0;
  poll(
    globalClock,
    new AbortController().signal,
    { first: 0, every: 100, within: 1000 },
    () => {
      looks.push(Date.now() - start);
      return looks.length === 3;
    },
    () => timedOut++,
    never,
  );
  advance(1000);
  assert.ok(looks[0] <= 10, `first look at once (${looks[0]} ms)`);
  assert.deepEqual(
    looks.map((time) => time - looks[0]),
    [0, 100, 200],
  );
  assert.equal(timedOut, 0);
});

test("a poll that never settles times out once, after its time", () => {
  let looks = 0;
  let timedOut = 0;
  poll(
    globalClock,
    new AbortController().signal,
    { first: 100, every: 100, within: 500 },
    () => {
      looks++;
      return false;
    },
    () => timedOut++,
    never,
  );
  advance(400);
  assert.equal(timedOut, 0);
  advance(200);
  assert.equal(timedOut, 1);
  advance(5000);
  assert.equal(timedOut, 1);
  assert.equal(looks, 5);
});

test("an aborted poll stops looking, and a look that throws ends it with its error", () => {
  const stop = new AbortController();
  let looks = 0;
  poll(globalClock, stop.signal, { first: 0, every: 100, within: 10_000 }, () => ++looks > 100, never, never);
  advance(250);
  stop.abort();
  advance(1000);
  assert.equal(looks, 3);
  const errors: unknown[] = [];
  poll(
    globalClock,
    new AbortController().signal,
    { first: 0, every: 100, within: 1000 },
    () => {
      throw new Error("gone");
    },
    never,
    (error) => errors.push(error),
  );
  advance(500);
  assert.equal(errors.length, 1);
});
