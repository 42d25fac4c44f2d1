// The shape of the wasm-bindgen glue (extension/pkg/tact.js) as the TypeScript side loads it at run time.

import type { Report } from "./report";

export interface TactEngineInstance {
  check(text: string, context?: string): Report;
}

export interface TactGlue {
  default(options: { module_or_path: string }): Promise<unknown>;
  TactEngine: new () => TactEngineInstance;
}

/** Where the build puts the glue and the wasm, relative to the extension root. */
export const GLUE_PATH = "extension/pkg/tact.js";
export const WASM_PATH = "extension/pkg/tact_bg.wasm";
