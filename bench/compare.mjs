// `make bench`, node half: the engine as wasm in node, beside write-good, alex, vader-sentiment and harper.js on
// the same drafts, and the native numbers from bench/native.rs; prints one table with ratios, then the size of
// each shipped wasm and the time to start each wasm engine.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { text as alexText } from "alex";
import { LocalLinter } from "harper.js";
import { binary as harperBinary } from "harper.js/binary";

const require = createRequire(import.meta.url);
const [pkgDir, nativeJson, shippedWasm] = process.argv.slice(2);
const tactStart = process.hrtime.bigint();
const glue = await import(pkgDir + "/tact.js");
glue.initSync({ module: readFileSync(pkgDir + "/tact_bg.wasm") });
const engine = new glue.TactEngine();
const tactStartupMs = Number(process.hrtime.bigint() - tactStart) / 1e6;
const harperStart = process.hrtime.bigint();
const harper = new LocalLinter({ binary: harperBinary });
await harper.setup();
const harperStartupMs = Number(process.hrtime.bigint() - harperStart) / 1e6;
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

/** The same as timePerCall for a tool whose API returns a promise (harper.js lints synchronously inside it). */
async function timePerAsyncCall(fn, text, budgetMs = 1000) {
  for (let i = 0; i < 5; i++) await fn(text);
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < BigInt(budgetMs) * 1_000_000n || runs < 3) {
    await fn(text);
    runs++;
    elapsed = process.hrtime.bigint() - start;
  }
  return Number(elapsed) / 1000 / runs;
}

const tools = {
  "tact (wasm, node)": (t) => engine.check(t, undefined),
  "write-good": (t) => writeGood(t),
  "alex": (t) => alexText(t),
  "vader-sentiment": (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t),
};
// A draft in a text box is plain text, not Markdown (harper.js's default).
const asyncTools = {
  "harper.js": (t) => harper.lint(t, { language: "plaintext" }),
};

const rows = [];
for (const [name, fn] of Object.entries(tools)) {
  rows.push({ name, short: timePerCall(fn, drafts.short), long: timePerCall(fn, drafts.long) });
}
for (const [name, fn] of Object.entries(asyncTools)) {
  rows.push({ name, short: await timePerAsyncCall(fn, drafts.short), long: await timePerAsyncCall(fn, drafts.long) });
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
const harperWasm = (name) => fileURLToPath(new URL(name, import.meta.resolve("harper.js/binary")));
const wasmFiles = [
  ["tact (extension/pkg, shipped)", shippedWasm],
  ["harper.js (full)", harperWasm("harper_wasm_bg.wasm")],
  ["harper.js (slim)", harperWasm("harper_wasm_slim_bg.wasm")],
];
const kb = (n) => (n / 1024).toFixed(0).padStart(7) + " KB";
console.log("");
console.log("wasm                               raw          gzip -9");
const sizes = wasmFiles.map(([name, path]) => {
  const bytes = readFileSync(path);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  console.log(`${name.padEnd(32)} ${kb(bytes.length)}   ${kb(gzip)}`);
  return { raw: bytes.length, gzip };
});
console.log(
  `harper.js (full) / tact: ${(sizes[1].raw / sizes[0].raw).toFixed(1)}x raw, ${(sizes[1].gzip / sizes[0].gzip).toFixed(1)}x gzipped`,
);
console.log(
  `start-up in node (load the wasm, build the first engine, once): tact ${tactStartupMs.toFixed(0)} ms, harper.js ${harperStartupMs.toFixed(0)} ms`,
);
for (const [budget, met] of budgets) console.log(`${met ? "within budget" : "OVER BUDGET"}: ${budget}`);
console.log("(timings on a shared machine vary with its load; run `uptime` beside them)");
