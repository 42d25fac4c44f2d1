// Unit tests for the page's problems: each failure recorded once with a count, bounded, never thrown, off the console.

import { mock, test } from "node:test";
import assert from "node:assert/strict";
import { MAX_PROBLEMS, Problems } from "../../extension/src/content/problems";

test("the same failure is recorded once, with how often it happened", () => {
  const problems = new Problems();
  problems.report("checking the draft", new Error("the worker did not answer"));
  problems.report("checking the draft", new Error("the worker did not answer"));
  problems.report("applying a rewrite", "not a function");
  assert.deepEqual(problems.list(), [
    { doing: "checking the draft", message: "the worker did not answer", count: 2 },
    { doing: "applying a rewrite", message: "not a function", count: 1 },
  ]);
});

test("a guarded step that throws, or whose promise rejects, is reported and never thrown into the page", async () => {
  const problems = new Problems();
  assert.doesNotThrow(() =>
    problems.guard("drawing", () => {
      throw new TypeError("x is undefined");
    }),
  );
  problems.guard("saving", () => Promise.reject(new Error("quota")));
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(
    problems.list().map((problem) => `${problem.doing}: ${problem.message}`),
    ["drawing: x is undefined", "saving: quota"],
  );
});

test("past the ceiling, new kinds of failure are only counted", () => {
  const problems = new Problems();
  for (let index = 0; index < MAX_PROBLEMS + 5; index++) problems.report("step", new Error(`failure ${index}`));
  assert.equal(problems.list().length, MAX_PROBLEMS);
  assert.equal(problems.dropped, 5);
});

test("the console hears of a problem only when the user turned that on, and once", () => {
  const warn = mock.method(console, "warn", () => undefined);
  try {
    let logging = false;
    const problems = new Problems(() => logging);
    problems.report("checking the draft", new Error("first"));
    assert.equal(warn.mock.callCount(), 0, "off by default");
    logging = true;
    problems.report("checking the draft", new Error("second"));
    problems.report("checking the draft", new Error("second"));
    assert.equal(warn.mock.callCount(), 1);
    assert.equal(warn.mock.calls[0].arguments[0], "Tact: checking the draft: second");
  } finally {
    warn.mock.restore();
  }
});
