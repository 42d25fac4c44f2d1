// Bundles the extension's TypeScript with esbuild; with --tests, bundles the unit tests for `node --test` instead; with
// --fixtures, bundles the real editors (npm devDependencies) that the e2e site fixtures load, so tests need no network.

import { build, transformSync } from "esbuild";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const common = { bundle: true, target: "chrome121", legalComments: "none", logLevel: "warning" };

/**
 * The overlay's stylesheet (the `STYLE` template of content/overlay.ts, written to be read) minified as CSS, its
 * `${...}` values kept: 0.35 KB less gzipped in the content script.
 */
const minifiedStyle = {
  name: "minified-style",
  setup(build) {
    build.onLoad({ filter: /content[\\/]overlay\.ts$/ }, ({ path }) => {
      const source = readFileSync(path, "utf8");
      const contents = source.replace(/const STYLE = `([^`]*)`;/, (_, css) => {
        const values = [];
        const tokens = css.replace(/\$\{[^}]*\}/g, (value) => `--tact-value-${values.push(value) - 1}`);
        const minified = transformSync(tokens, { loader: "css", minify: true }).code.trim();
        return `const STYLE = \`${minified.replace(/--tact-value-(\d+)/g, (_, index) => values[Number(index)])}\`;`;
      });
      if (contents === source) throw new Error(`${path}: no STYLE template to minify`);
      return { contents, loader: "ts" };
    });
  },
};

function findTests(dir) {
  let found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found = found.concat(findTests(path));
    else if (entry.name.endsWith(".test.ts")) found.push(path);
  }
  return found;
}

if (process.argv.includes("--fixtures")) {
  // CKEditor apart: it parses its icons as it loads, which LinkedIn's Trusted Types pages refuse (real/ckeditor.js).
  await build({
    ...common,
    entryPoints: {
      "real-editors": "tests/fixtures/real/editors.js",
      "real-ckeditor": "tests/fixtures/real/ckeditor.js",
    },
    outdir: "target/fixtures",
    format: "iife",
    define: { "process.env.NODE_ENV": '"production"', global: "window" },
    minify: true,
  });
  console.log("bundled the real editors into target/fixtures/real-editors.js and real-ckeditor.js");
} else if (process.argv.includes("--tests")) {
  rmSync("target/unit-tests", { recursive: true, force: true });
  const tests = ["extension/src", "tests/unit"].filter((dir) => existsSync(dir)).flatMap(findTests);
  await build({
    ...common,
    entryPoints: tests,
    outdir: "target/unit-tests",
    outbase: ".",
    outExtension: { ".js": ".test.mjs" },
    entryNames: "[dir]/[name]",
    format: "esm",
    platform: "node",
    target: "node20",
    external: ["node:*", "happy-dom"],
    // Node has no chrome.i18n: the tests read Tact's words from the English catalog.
    inject: ["tests/unit/support/english.ts"],
  });
  console.log(`bundled ${tests.length} unit test file(s)`);
} else {
  // The wasm-bindgen glue ships once, minified, as extension/pkg/tact.js: the worker and the pages import it from
  // there (an ES module import, kept external) and the content script imports it at run time, so no bundle copies it.
  // It is bundled with the JS the crate imports (wasm-bindgen's extension/pkg/snippets/, e.g. src/wasm_report.js), so
  // the glue is the one file that ships.
  const glue = "extension/pkg/tact.js";
  await build({
    ...common,
    entryPoints: [glue],
    outfile: glue,
    allowOverwrite: true,
    format: "esm",
    minify: true,
  });
  const sharedGlue = {
    name: "shared-glue",
    setup(build) {
      build.onResolve({ filter: /\/pkg\/tact\.js$/ }, () => ({ path: "../pkg/tact.js", external: true }));
    },
  };
  const modules = { ...common, format: "esm", minify: true, plugins: [sharedGlue] };
  // Content scripts are classic scripts: IIFEs. content.js (loader.ts) is what the manifest runs, a focus listener that
  // imports content-main.js (main.ts: the rest of the content script, which a dynamic import evaluates as well as a
  // <script> does) when a field is focused; sites turned on from the popup run content-main.js itself. The wasm glue
  // is imported at run time, not bundled.
  await build({
    ...common,
    entryPoints: ["extension/src/content/loader.ts"],
    outfile: "extension/dist/content.js",
    format: "iife",
    minify: true,
  });
  await build({
    ...common,
    entryPoints: ["extension/src/content/main.ts"],
    outfile: "extension/dist/content-main.js",
    format: "iife",
    minify: true,
    plugins: [minifiedStyle],
  });
  await build({ ...modules, entryPoints: ["extension/src/worker/main.ts"], outfile: "extension/dist/worker.js" });
  await build({ ...modules, entryPoints: ["extension/src/pages/popup.ts"], outfile: "extension/dist/popup.js" });
  await build({ ...modules, entryPoints: ["extension/src/pages/options.ts"], outfile: "extension/dist/options.js" });
  await build({ ...modules, entryPoints: ["extension/src/pages/try.ts"], outfile: "extension/dist/try.js" });
  await build({ ...modules, entryPoints: ["extension/src/pages/welcome.ts"], outfile: "extension/dist/welcome.js" });
}
