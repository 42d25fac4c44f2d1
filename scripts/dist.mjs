// `make dist`: the store packages, dist/tact-chrome-VERSION.zip (the root's manifest.json and what it loads) and
// dist/tact-firefox-VERSION.zip (target/firefox, written by scripts/firefox.mjs), each holding only the files the
// extension loads, and each under the size budget of docs/DESIGN.md. The version is Cargo.toml's.

import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import {
  PACKAGE_BUDGET_BYTES as BUDGET_BYTES,
  PACKAGE_TARGET_BYTES as TARGET_BYTES,
  ROOT,
  chromeManifest,
  shippedFiles,
  version,
  writePackage,
} from "./manifests.mjs";

const DIST = join(ROOT, "dist");

/** Every file under `dir`, relative to it, sorted. */
function filesUnder(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? filesUnder(join(dir, entry.name), base) : [relative(base, join(dir, entry.name))],
    )
    .sort();
}

/**
 * Zips `files` (relative to `cwd`) into `zip` with no extra attributes, then recompresses each entry with zopfli
 * (advzip -z -4, advancecomp: about 3 KB, 0.6%, smaller than zip's deflate -9, in 2 s); returns its size.
 */
function pack(zip, cwd, files) {
  rmSync(zip, { force: true });
  execFileSync("zip", ["-9", "-X", "-q", "-D", zip, ...files], { cwd });
  execFileSync("advzip", ["-z", "-4", "-q", zip]);
  return statSync(zip).size;
}

const packageVersion = version();
const firefoxRoot = join(ROOT, "target/firefox");
const firefoxManifest = JSON.parse(readFileSync(join(firefoxRoot, "manifest.json"), "utf8"));
for (const [name, manifest] of [
  ["manifest.json", chromeManifest()],
  ["target/firefox/manifest.json", firefoxManifest],
]) {
  if (manifest.version !== packageVersion) {
    throw new Error(`${name} says version ${manifest.version}, Cargo.toml ${packageVersion}: run make build`);
  }
}

mkdirSync(DIST, { recursive: true });
// Chrome's package is staged in target/chrome as it ships (the catalogs without their notes for translators).
const chromeRoot = join(ROOT, "target/chrome");
const chromeFiles = shippedFiles(chromeManifest());
rmSync(chromeRoot, { recursive: true, force: true });
writePackage(chromeRoot, chromeFiles);
const packages = [
  { browser: "chrome", cwd: chromeRoot, files: chromeFiles },
  { browser: "firefox", cwd: firefoxRoot, files: filesUnder(firefoxRoot) },
];
let over = false;
for (const { browser, cwd, files } of packages) {
  const zip = join(DIST, `tact-${browser}-${packageVersion}.zip`);
  const bytes = pack(zip, cwd, files);
  const share = ((bytes / TARGET_BYTES) * 100).toFixed(1);
  console.log(
    `${relative(ROOT, zip)}: ${files.length} files, ${(bytes / 1000).toFixed(1)} KB (${share}% of the ${TARGET_BYTES / 1000} KB target; guard ${BUDGET_BYTES / 1000} KB)`,
  );
  if (bytes > BUDGET_BYTES) over = true;
}
if (over) {
  console.error(
    `A package is over the ${BUDGET_BYTES / 1000} KB guard (scripts/manifests.mjs says why; make size lists what ships)`,
  );
  process.exit(1);
}
