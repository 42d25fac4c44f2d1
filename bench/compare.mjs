// `make bench`, node half: the engine as wasm in node, beside write-good, alex, vader-sentiment and harper.js on
// the same drafts, and the native numbers from bench/native.rs; prints one table with ratios, then the size of
// each shipped wasm and the time to start each wasm engine. The engine is timed twice: as the extension ships it
// (extension/pkg: wasm-opt's size passes over the compiler's wasm), which the budgets and ratios use, and as the
// compiler wrote it (wasm-bindgen only), to show what wasm-opt costs or gains.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const drafts = JSON.parse(readFileSync(new URL("./drafts.json", import.meta.url), "utf8"));
const megabyte = drafts.long.repeat(Math.ceil(1_000_000 / drafts.long.length)).slice(0, 1_000_000);

const since = (start) => Number(process.hrtime.bigint() - start) / 1e6;
/** The median of the slices' microseconds per call. */
function median(slices) {
  slices.sort((a, b) => a - b);
  const middle = slices.length >> 1;
  return slices.length % 2 ? slices[middle] : (slices[middle - 1] + slices[middle]) / 2;
}

/**
 * Microseconds per call: the median of `count` slices of `budgetMs / count` (each the mean of its calls, at least one),
 * after half the budget (at least five calls) of warm-up. The warm-up lets V8 finish moving the wasm from its baseline compiler to its optimising
 * one (five calls did not: it took about 300 ms on a loaded machine), and the median leaves out the slices another process interrupted.
 */
function timePerCall(fn, text, budgetMs = 1000, count = 10) {
  const warmUp = process.hrtime.bigint();
  for (let calls = 0; calls < 5 || since(warmUp) < budgetMs / 2; calls++) fn(text);
  const slices = [];
  for (let slice = 0; slice < count; slice++) {
    const start = process.hrtime.bigint();
    let calls = 0;
    for (; calls < 1 || since(start) < budgetMs / count; calls++) fn(text);
    slices.push((since(start) * 1000) / calls);
  }
  return median(slices);
}

/** The same as timePerCall for a tool whose API returns a promise (harper.js lints synchronously inside it). */
async function timePerAsyncCall(fn, text, budgetMs = 1000, count = 10) {
  const warmUp = process.hrtime.bigint();
  for (let calls = 0; calls < 5 || since(warmUp) < budgetMs / 2; calls++) await fn(text);
  const slices = [];
  for (let slice = 0; slice < count; slice++) {
    const start = process.hrtime.bigint();
    let calls = 0;
    for (; calls < 1 || since(start) < budgetMs / count; calls++) await fn(text);
    slices.push((since(start) * 1000) / calls);
  }
  return median(slices);
}


// `node --no-liftoff compare.mjs --checks DIR WASM N` only makes 300 checks of the 280-character draft, then N more,
// and prints nothing: a driver for counting the wasm's instructions per check with callgrind (the run with N checks
// minus the run with 0, over N), which a shared machine's load does not move as it moves times; see CONTRIBUTING.md.
if (process.argv[2] === "--checks") {
  const [dir, wasm, count] = process.argv.slice(3);
  const glue = await import(pathToFileURL(resolve(dir, "tact.js")).href);
  glue.initSync({ module: readFileSync(wasm) });
  const engine = new glue.TactEngine();
  for (let check = 0; check < 300 + Number(count); check++) engine.check(drafts.short, undefined);
  process.exit(0);
}

// `node compare.mjs --tact DIR WASM [--megabyte]` times one tact wasm alone and prints its numbers as JSON. Each wasm
// is timed in a process of its own: with a second wasm engine (tact's other build, or harper.js) in the same process,
// tact's checks measured up to twice as slow as alone.
if (process.argv[2] === "--tact") {
  const [dir, wasm, megabyteFlag] = process.argv.slice(3);
  const start = process.hrtime.bigint();
  const glue = await import(pathToFileURL(resolve(dir, "tact.js")).href);
  glue.initSync({ module: readFileSync(wasm) });
  const engine = new glue.TactEngine();
  const startupMs = since(start);
  const check = (text) => engine.check(text, undefined);
  const result = { startupMs, short: timePerCall(check, drafts.short), long: timePerCall(check, drafts.long) };
  if (megabyteFlag === "--megabyte") result.megabyte = timePerCall(check, megabyte, 2000, 3);
  console.log(JSON.stringify(result));
  process.exit(0);
}

const [pkgDir, nativeJson, shippedWasm] = process.argv.slice(2);
/** One tact wasm's numbers, timed in a child process (see `--tact` above). */
function timeTact(dir, wasm, ...flags) {
  const args = [fileURLToPath(import.meta.url), "--tact", dir, wasm, ...flags];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }));
}
const shipped = timeTact(dirname(shippedWasm), shippedWasm, "--megabyte");
const compiled = timeTact(pkgDir, `${pkgDir}/tact_bg.wasm`);
const { text: alexText } = await import("alex");
const { LocalLinter } = await import("harper.js");
const { binary: harperBinary } = await import("harper.js/binary");
const harperStart = process.hrtime.bigint();
const harper = new LocalLinter({ binary: harperBinary });
await harper.setup();
const harperStartupMs = since(harperStart);
const writeGood = require("write-good");
const vader = require("vader-sentiment");
const native = JSON.parse(readFileSync(nativeJson, "utf8"));

const tools = {
  "write-good": (t) => writeGood(t),
  "alex": (t) => alexText(t),
  "vader-sentiment": (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t),
};
// A draft in a text box is plain text, not Markdown (harper.js's default).
const asyncTools = {
  "harper.js": (t) => harper.lint(t, { language: "plaintext" }),
};

const rows = [
  { name: "tact (wasm, shipped)", short: shipped.short, long: shipped.long },
  { name: "tact (wasm, no opt)", short: compiled.short, long: compiled.long },
];
for (const [name, fn] of Object.entries(tools)) {
  rows.push({ name, short: timePerCall(fn, drafts.short), long: timePerCall(fn, drafts.long) });
}
for (const [name, fn] of Object.entries(asyncTools)) {
  rows.push({ name, short: await timePerAsyncCall(fn, drafts.short), long: await timePerAsyncCall(fn, drafts.long) });
}
const wasmMegabyteUs = shipped.megabyte;
const tactStartupMs = shipped.startupMs;
const wasm = rows[0];
const shortLen = drafts.short.length;
const longLen = drafts.long.length;
const mbps = (us, bytes) => (bytes / 1e6 / (us / 1e6)).toFixed(1);
const bytes = (s) => Buffer.byteLength(s, "utf8");
const fmt = (us) => (us >= 1000 ? (us / 1000).toFixed(2) + " ms" : us.toFixed(1) + " us");

console.log(`drafts: ${shortLen} and ${longLen} characters (UTF-16 units), 1 MB for throughput`);
console.log("tact (wasm, shipped): extension/pkg as built by `make build`; tact (wasm, no opt): the compiler's wasm, no wasm-opt");
console.log("");
console.log("tool                 per 280 chars   per 10,000 chars   MB/s (10k)   x slower than tact wasm shipped (280 / 10k)");
console.log(
  `${"tact (native)".padEnd(20)} ${fmt(native.short_us).padStart(13)}   ${fmt(native.long_us).padStart(16)}   ${mbps(native.long_us, bytes(drafts.long)).padStart(10)}   ${(native.short_us / wasm.short).toFixed(2)} / ${(native.long_us / wasm.long).toFixed(2)}`,
);
for (const row of rows) {
  console.log(
    `${row.name.padEnd(20)} ${fmt(row.short).padStart(13)}   ${fmt(row.long).padStart(16)}   ${mbps(row.long, bytes(drafts.long)).padStart(10)}   ${(row.short / wasm.short).toFixed(2)} / ${(row.long / wasm.long).toFixed(2)}`,
  );
}
console.log("");
console.log(`1 MB draft: native ${fmt(native.megabyte_us)} (${mbps(native.megabyte_us, native.megabyte_bytes)} MB/s), wasm shipped ${fmt(wasmMegabyteUs)} (${mbps(wasmMegabyteUs, bytes(megabyte))} MB/s)`);
const perCharShort = wasm.short / shortLen;
const perCharLong = wasm.long / longLen;
console.log(`linearity (wasm shipped): ${(perCharLong / perCharShort).toFixed(2)}x the per-character cost at 10,000 vs 280 characters; ${(wasmMegabyteUs / 1e6 * 1e4 / wasm.long).toFixed(2)}x at 1 MB vs 10,000`);
const budgets = [
  [`280 characters natively: ${fmt(native.short_us)} (budget: at most 10 us)`, native.short_us <= 10],
  [`280 characters in wasm, shipped: ${fmt(wasm.short)} (budget: at most 50 us)`, wasm.short <= 50],
  [`10,000 characters in wasm, shipped: ${fmt(wasm.long)} (budget: under 2 ms)`, wasm.long < 2000],
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
