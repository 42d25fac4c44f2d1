// Measures what Tact ships: each file Chrome needs (found from the manifest, the pages and the scripts), what the
// content script loads on the first focus of a composer, and the packaged zip, against the 500 KB target.
//
// Usage: node scripts/size.mjs [--twiggy TWIGGY_BINARY --named WASM...]
//   --twiggy: also lists the biggest contributors of each named wasm (the compiler's output, with its name section).

import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import {
  PACKAGE_BUDGET_BYTES as BUDGET_BYTES,
  PACKAGE_TARGET_BYTES as TARGET_BYTES,
  ROOT,
  chromeManifest,
  closure,
  packagedContent,
  shippedFiles,
  writePackage,
} from "./manifests.mjs";

const OUT = join(ROOT, "target/size");

/** A shipped file's size as it ships (the catalogs without their notes for translators, see packagedContent). */
function size(file) {
  const bytes = Buffer.from(packagedContent(file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1).padStart(7)} KB`;
const row = (label, { raw, gzip }) => `  ${label.padEnd(46)}${kb(raw)}${kb(gzip)} gz`;

/** A wasm file's section sizes (code, data, ...), from its binary layout (a gzipped one is inflated first). */
function wasmSections(file) {
  const read = readFileSync(join(ROOT, file));
  const bytes = file.endsWith(".gz") ? gunzipSync(read) : read;
  const names = [
    "custom",
    "type",
    "import",
    "function",
    "table",
    "memory",
    "global",
    "export",
    "start",
    "element",
    "code",
    "data",
    "datacount",
  ];
  const sections = {};
  let at = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  while (at < bytes.length) {
    const id = bytes[at++];
    const length = leb();
    const name = names[id] ?? `section ${id}`;
    sections[name] = (sections[name] ?? 0) + length;
    at += length;
  }
  return sections;
}

const manifest = chromeManifest();
const files = shippedFiles(manifest);

console.log(`Shipped files (from manifest.json, its pages and scripts):${" ".repeat(12)}raw   gzip -9 (node zlib)`);
let total = { raw: 0, gzip: 0 };
for (const file of files) {
  const measured = size(file);
  total = { raw: total.raw + measured.raw, gzip: total.gzip + measured.gzip };
  console.log(row(file, measured));
}
console.log(row(`total (${files.length} files)`, total));

for (const file of files.filter((file) => /\.wasm(\.gz)?$/.test(file))) {
  const sections = wasmSections(file);
  const parts = Object.entries(sections)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, bytes]) => `${name} ${(bytes / 1000).toFixed(1)} KB`);
  console.log(`  ${file}: ${parts.join(", ")}`);
}

// The content script's load: its own files, then the scripts and wasm it fetches (followed through JS only).
const contentStart = (manifest.content_scripts ?? []).flatMap((script) => [
  ...(script.js ?? []),
  ...(script.css ?? []),
]);
const contentLoad = closure(contentStart, (file) => /\.m?js$/.test(file)).filter((file) =>
  /\.(m?js|wasm|wasm\.gz|css)$/.test(file),
);
console.log("\nContent script's load on the first focus of a composer:");
let load = { raw: 0, gzip: 0 };
for (const file of contentLoad) {
  const measured = size(file);
  load = { raw: load.raw + measured.raw, gzip: load.gzip + measured.gzip };
  console.log(row(file, measured));
}
console.log(row("total", load));

// The package: zip -9 of exactly the shipped files, as the Chrome Web Store receives them.
mkdirSync(OUT, { recursive: true });
const zip = join(OUT, "tact.zip");
const staged = join(OUT, "package");
rmSync(zip, { force: true });
rmSync(staged, { recursive: true, force: true });
writePackage(staged, files);
execFileSync("zip", ["-9", "-X", "-q", "-D", zip, ...files], { cwd: staged });
const zipped = statSync(zip).size;
const ratio = zipped / TARGET_BYTES;
console.log(`\nPackaged zip (zip -9, ${files.length} files): ${(zipped / 1000).toFixed(1)} KB`);
console.log(
  `Target: ${(TARGET_BYTES / 1000).toFixed(0)} KB (docs/DESIGN.md); the zip is ${(ratio * 100).toFixed(1)}% of it (${ratio.toFixed(3)}x); make dist's guard: ${(BUDGET_BYTES / 1000).toFixed(0)} KB`,
);

const twiggyAt = process.argv.indexOf("--twiggy");
if (twiggyAt >= 0) {
  const twiggy = process.argv[twiggyAt + 1];
  const named = process.argv.slice(process.argv.indexOf("--named") + 1);
  for (const wasm of named) {
    console.log(`\nBiggest contributors of ${relative(ROOT, wasm)} (twiggy; before wasm-bindgen and wasm-opt):`);
    const csv = execFileSync(twiggy, ["top", "-n", "100000", "--format", "csv", wasm], { encoding: "utf8" });
    const rows = csv
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => {
        const match = line.match(/^"?(.*?)"?,(\d+),/);
        return match ? { name: match[1].replace(/""/g, '"'), bytes: Number(match[2]) } : null;
      })
      // wasm-bindgen removes its custom section and the `describe` functions: they never ship.
      .filter((entry) => entry && !/names" subsection|^custom section|^export "|describe/i.test(entry.name));
    const byCrate = new Map();
    for (const { name, bytes } of rows) {
      const crate = owner(name);
      byCrate.set(crate, (byCrate.get(crate) ?? 0) + bytes);
    }
    console.log("  by crate or module:");
    for (const [crate, bytes] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
      console.log(`    ${crate.padEnd(44)}${kb(bytes)}`);
    }
    console.log("  by item:");
    for (const { name, bytes } of rows.sort((a, b) => b.bytes - a.bytes).slice(0, 15)) {
      console.log(`    ${kb(bytes)}  ${name.slice(0, 110)}`);
    }
  }
}

/** The crate an item belongs to (tact's own code by module), from its demangled name. */
function owner(name) {
  if (/^data\[/.test(name)) return "data segments";
  const path = name.replace(/^[<&(]+|^(?:mut |dyn )+/g, "").replace(/\[[0-9a-f]+\]/g, "");
  const parts = path.split("::");
  if (parts[0] === "tact" && parts.length > 2) return parts.slice(0, parts.length > 3 ? 3 : 2).join("::");
  return /^[\w]+$/.test(parts[0]) && parts.length > 1 ? parts[0] : "other (glue, generics, tables)";
}
