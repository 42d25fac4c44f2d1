// Runs the engine for the content script: in the page when WebAssembly may compile there, else in the service worker.

import { GLUE_PATH, WASM_PATH, type TactGlue } from "../shared/glue";
import type { CheckRequest, CheckResponse } from "../shared/messages";
import type { Report } from "../shared/report";

/** Where the engine ran, as the badge's `data-engine` reports it. */
export type EngineWhere = "page" | "worker";

export interface EngineHost {
  where: EngineWhere;
  check(text: string, context: string | null): Promise<Report>;
}

let host: Promise<EngineHost> | null = null;

/** The engine, loaded on first use (the first focus of a composer), never before. */
export function engineHost(): Promise<EngineHost> {
  host ??= loadInPage().catch(() => workerHost());
  return host;
}

async function loadInPage(): Promise<EngineHost> {
  const glue = (await import(chrome.runtime.getURL(GLUE_PATH))) as TactGlue;
  // A page CSP without 'wasm-unsafe-eval' makes this throw: then the worker takes over.
  await glue.default({ module_or_path: chrome.runtime.getURL(WASM_PATH) });
  const engine = new glue.TactEngine();
  return { where: "page", check: async (text, context) => engine.check(text, context ?? undefined) };
}

function workerHost(): EngineHost {
  return {
    where: "worker",
    async check(text, context) {
      const request: CheckRequest = { type: "check", text, context };
      const response = (await chrome.runtime.sendMessage(request)) as CheckResponse | undefined;
      if (!response) throw new Error("Tact's service worker did not answer");
      if ("error" in response) throw new Error(response.error);
      return response.report;
    },
  };
}
