// The shape of the wasm-bindgen glue (extension/pkg/tact.js) as the TypeScript side loads it at run time.

import type { Report } from "./report";

export interface TactEngineInstance {
  check(text: string, context?: string): Report;
}

export interface TactGlue {
  default(options: { module_or_path: string | Promise<Response> }): Promise<unknown>;
  TactEngine: new () => TactEngineInstance;
}

/** Where the build puts the glue and the wasm, relative to the extension root. */
export const GLUE_PATH = "extension/pkg/tact.js";
export const WASM_PATH = "extension/pkg/tact_bg.wasm.gz";

/**
 * The engine's wasm for the glue's `init`: it ships gzipped (the build's zopfli packs it tighter than the zip's own
 * deflate), so the browser inflates it as it streams into compilation.
 */
export async function engineWasm(): Promise<Response> {
  const packed = await fetch(chrome.runtime.getURL(WASM_PATH));
  if (!packed.ok || !packed.body) throw new Error(`Tact could not read its engine (${WASM_PATH}: ${packed.status}).`);
  const wasm = packed.body.pipeThrough(new DecompressionStream("gzip"));
  return new Response(wasm, { headers: { "Content-Type": "application/wasm" } });
}
