// `make bench`, node half: the engine as wasm in node, beside write-good, alex and vader-sentiment on
// the same drafts, and the native numbers from bench/native.rs; prints one table with ratios.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { text as alexText } from "alex";

const require = createRequire(import.meta.url);
const [pkgDir, nativeJson] = process.argv.slice(2);
const { TactEngine } = require(pkgDir + "/tact.js");
const writeGood = require("write-good");
const vader = require("vader-sentiment");
const drafts = JSON.parse(readFileSync(new URL("./drafts.json", import.meta.url), "utf8"));
const native = JSON.parse(readFileSync(nativeJson, "utf8"));

/** Mean microseconds per call over at least `budgetMs` after a warm-up. */
function timePerCall(fn, text, budgetMs = 1000) {
  for (let i = 0; i < 5; i++) fn(text);
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < BigInt(budgetMs) * 1_000_000n || runs < 3) {
    fn(text);
    runs++;
    elapsed = process.hrtime.bigint() - start;
  }
  return Number(elapsed) / 1000 / runs;
}

const engine = new TactEngine();
const tools = {
  "tact (wasm, node)": (t) => engine.check(t, undefined),
  "write-good": (t) => writeGood(t),
  "alex": (t) => alexText(t),
  "vader-sentiment": (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t),
};

const rows = [];
for (const [name, fn] of Object.entries(tools)) {
  rows.push({ name, short: timePerCall(fn, drafts.short), long: timePerCall(fn, drafts.long) });
}
const megabyte = drafts.long.repeat(Math.ceil(1_000_000 / drafts.long.length)).slice(0, 1_000_000);
const wasmMegabyteUs = timePerCall(tools["tact (wasm, node)"], megabyte, 2000);
const wasm = rows[0];
const shortLen = drafts.short.length;
const longLen = drafts.long.length;
const mbps = (us, bytes) => (bytes / 1e6 / (us / 1e6)).toFixed(1);
const bytes = (s) => Buffer.byteLength(s, "utf8");
const fmt = (us) => (us >= 1000 ? (us / 1000).toFixed(2) + " ms" : us.toFixed(1) + " us");

console.log(`drafts: ${shortLen} and ${longLen} characters (UTF-16 units), 1 MB for throughput`);
console.log("");
console.log("tool                 per 280 chars   per 10,000 chars   MB/s (10k)   x slower than tact wasm (280 / 10k)");
console.log(
  `${"tact (native)".padEnd(20)} ${fmt(native.short_us).padStart(13)}   ${fmt(native.long_us).padStart(16)}   ${mbps(native.long_us, bytes(drafts.long)).padStart(10)}   ${(native.short_us / wasm.short).toFixed(2)} / ${(native.long_us / wasm.long).toFixed(2)}`,
);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(20)} ${fmt(row.short).padStart(13)}   ${fmt(row.long).padStart(16)}   ${mbps(row.long, bytes(drafts.long)).padStart(10)}   ${(row.short / wasm.short).toFixed(2)} / ${(row.long / wasm.long).toFixed(2)}`,
  );
}
console.log("");
console.log(`1 MB draft: native ${fmt(native.megabyte_us)} (${mbps(native.megabyte_us, native.megabyte_bytes)} MB/s), wasm ${fmt(wasmMegabyteUs)} (${mbps(wasmMegabyteUs, bytes(megabyte))} MB/s)`);
const perCharShort = wasm.short / shortLen;
const perCharLong = wasm.long / longLen;
console.log(`linearity (wasm): ${(perCharLong / perCharShort).toFixed(2)}x the per-character cost at 10,000 vs 280 characters; ${(wasmMegabyteUs / 1e6 * 1e4 / wasm.long).toFixed(2)}x at 1 MB vs 10,000`);
const budgets = [
  [`280 characters in wasm: ${fmt(wasm.short)} (budget: well under 0.1 ms)`, wasm.short < 100],
  [`10,000 characters in wasm: ${fmt(wasm.long)} (budget: under 2 ms)`, wasm.long < 2000],
];
for (const [budget, met] of budgets) console.log(`${met ? "within budget" : "OVER BUDGET"}: ${budget}`);
console.log("(timings on a shared machine vary with its load; run `uptime` beside them)");
