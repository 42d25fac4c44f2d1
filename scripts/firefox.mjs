// Writes the Firefox build, target/firefox/: the files the built extension loads, copied from the root, with
// Firefox's manifest (scripts/manifests.mjs). First stamps Cargo.toml's version into the root manifest.json, so
// both manifests carry the one version. Run by `make build` after the bundle.

import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, chromeManifest, firefoxManifest, shippedFiles, version, writePackage } from "./manifests.mjs";

const OUT = join(ROOT, "target/firefox");

const chromePath = join(ROOT, "manifest.json");
const chromeText = readFileSync(chromePath, "utf8");
const stamped = chromeText.replace(/^(\s*"version":\s*)"[^"]*"/m, `$1"${version()}"`);
if (stamped !== chromeText) {
  writeFileSync(chromePath, stamped);
  console.log(`manifest.json: version ${version()} (from Cargo.toml)`);
}

const manifest = firefoxManifest(chromeManifest());
rmSync(OUT, { recursive: true, force: true });
const files = shippedFiles(manifest).filter((file) => file !== "manifest.json");
writePackage(OUT, files);
writeFileSync(join(OUT, "manifest.json"), JSON.stringify(manifest));
console.log(`Firefox build: target/firefox (${files.length + 1} files, version ${manifest.version})`);
