// Runs the engine for the content script. A team preset or the user's own layer is the service worker's engine,
// built there once for every tab (off the pages' main threads); the built-in rules alone run in the page when
// WebAssembly may compile there (the lowest latency, and nothing to build), else in the worker too.

import { GLUE_PATH, engineWasm, type TactEngineInstance, type TactGlue } from "../shared/glue";
import type { CheckRequest, CheckResponse } from "../shared/messages";
import type { Report } from "../shared/report";
import type { Decision } from "../shared/generated/boundary";
import type { Thresholds } from "../shared/verdict";

/** Where the engine ran, as the badge's `data-engine` reports it. */
export type EngineWhere = "page" | "worker";

export interface EngineHost {
  where: EngineWhere;
  check(text: string, context: string | null): Promise<Report>;
  /**
   * The engine's pre-post decision for a report (whether the post waits, the mode, the issues to list), or null when
   * this engine has no decision to give (then the post is not held). Synchronous, as it is asked when Post is
   * pressed, while the submit event waits.
   */
  decide(report: Report): Decision | null;
  /** The active preset's score checks, for the badge's verdicts; null when this engine cannot say (Tact's own limits). */
  thresholds(): Thresholds | null;
}

/** What the engine is built from: the team preset, the user's own choices, and the rules turned off from a card. */
export interface EngineSettings {
  preset: string | null;
  user: Record<string, unknown> | null;
  disabledRules: readonly string[];
  /** The administrator's locks (stored `preset.admin`, see shared/preset-store.ts): they win over everything. */
  admin?: object | null;
}

/**
 * The user layer for `TactEngine.withPreset`: the stored choices, with every rule turned off from a card set to
 * `off` (a card's choice wins over an older one for the same rule). Null when there is nothing to layer.
 */
export function userLayer(settings: EngineSettings): Record<string, unknown> | null {
  const user = { ...(settings.user ?? {}) };
  if (settings.disabledRules.length > 0) {
    const stored = typeof user.rules === "object" && user.rules !== null ? (user.rules as Record<string, unknown>) : {};
    user.rules = { ...stored, ...Object.fromEntries(settings.disabledRules.map((rule) => [rule, "off"])) };
  }
  return Object.keys(user).length > 0 ? user : null;
}

/** The glue's engine with the preset API of src/wasm.rs. */
type PresetEngine = TactEngineInstance & {
  checkAndDecide?: (text: string, context?: string) => { report: Report; decision: Decision };
  presetInfo?: () => unknown;
};

let settings: EngineSettings = { preset: null, user: null, disabledRules: [] };
let pageHost: Promise<EngineHost> | null = null;
let sharedHost: EngineHost | null = null;

/** Sets what the engine is built from; the next check uses it. */
export function configureEngine(next: EngineSettings): void {
  settings = next;
}

/** Whether `from` asks for more than the built-in rules: a team preset, the user's layer, or the admin's locks. */
export function needsSharedEngine(from: EngineSettings): boolean {
  return from.preset !== null || userLayer(from) !== null || Boolean(from.admin);
}

/**
 * The engine for the current settings, loaded on first use (the first focus of a composer), never before: the
 * worker's shared one for a preset or a layer, else the built-in rules in the page (or the worker, where the page's
 * CSP forbids WebAssembly).
 */
export function engineHost(): Promise<EngineHost> {
  if (needsSharedEngine(settings)) return workerEngineHost();
  pageHost ??= loadInPage().catch(() => workerHost());
  return pageHost;
}

/** The service worker's engine, whatever the settings: for the whole check of a long draft, off the page's thread. */
export function workerEngineHost(): Promise<EngineHost> {
  sharedHost ??= workerHost();
  return Promise.resolve(sharedHost);
}

/** The built-in rules, compiled in the page: nothing to build from settings, so nothing a preset can slow down. */
async function loadInPage(): Promise<EngineHost> {
  const glue = (await import(chrome.runtime.getURL(GLUE_PATH))) as TactGlue;
  // A page CSP without 'wasm-unsafe-eval' makes this throw: then the worker takes over.
  await glue.default({ module_or_path: engineWasm() });
  const engine = new glue.TactEngine() as PresetEngine;
  const thresholds = thresholdsOf(engine);
  // As from the worker: the engine decides with each check (no report crosses back into the wasm), and the decision
  // is looked up by the report it came with.
  const decisions = new WeakMap<Report, Decision>();
  return {
    where: "page",
    check: async (text, context) => {
      if (typeof engine.checkAndDecide !== "function") return engine.check(text, context ?? undefined);
      const { report, decision } = engine.checkAndDecide(text, context ?? undefined);
      decisions.set(report, decision);
      return report;
    },
    decide: (report) => decisions.get(report) ?? null,
    thresholds: () => thresholds,
  };
}

/** The score checks of an engine's preset (`presetInfo()`), or null when it has none to give. */
function thresholdsOf(engine: PresetEngine): Thresholds | null {
  try {
    return typeof engine.presetInfo === "function" ? validThresholds(engine.presetInfo()) : null;
  } catch {
    return null;
  }
}

/** The `listening`, `respect` and `promotion` checks of a preset's info (from the engine or the worker), if well formed. */
export function validThresholds(info: unknown): Thresholds | null {
  if (typeof info !== "object" || info === null) return null;
  const thresholds: Thresholds = {};
  for (const axis of ["listening", "respect", "promotion"] as const) {
    const check = (info as Record<string, unknown>)[axis];
    if (typeof check !== "object" || check === null) continue;
    const { enabled, warnAbove, warnBelow } = check as Record<string, unknown>;
    thresholds[axis] = {
      enabled: enabled !== false,
      ...(typeof warnAbove === "number" ? { warnAbove } : {}),
      ...(typeof warnBelow === "number" ? { warnBelow } : {}),
    };
  }
  return thresholds;
}

function workerHost(): EngineHost {
  // The worker sends its engine's decision with each report; it is looked up by the report it came with.
  const decisions = new WeakMap<Report, Decision>();
  let thresholds: Thresholds | null = null;
  return {
    where: "worker",
    async check(text, context) {
      const request: CheckRequest = { type: "check", text, context };
      const response = (await chrome.runtime.sendMessage(request)) as CheckResponse | undefined;
      if (!response) throw new Error("Tact's service worker did not answer");
      if ("error" in response) throw new Error(response.error);
      if (!validReport(response.report)) throw new Error("Tact's service worker sent a malformed report");
      if (validDecision(response.decision)) decisions.set(response.report, response.decision);
      thresholds = validThresholds(response.thresholds);
      return response.report;
    },
    decide: (report) => decisions.get(report) ?? null,
    thresholds: () => thresholds,
  };
}

/** Whether a decision from the worker has the shape the check relies on. */
export function validDecision(decision: unknown): decision is Decision {
  if (typeof decision !== "object" || decision === null) return false;
  const { show, mode, crossed, issues } = decision as Partial<Decision>;
  return (
    typeof show === "boolean" &&
    (mode === "off" || mode === "warn" || mode === "hold") &&
    Array.isArray(crossed) &&
    Array.isArray(issues)
  );
}

/** Whether a report from another context has the shape the UI relies on. */
export function validReport(report: unknown): report is Report {
  if (typeof report !== "object" || report === null) return false;
  const { scores, findings } = report as Partial<Report>;
  return (
    typeof scores === "object" &&
    scores !== null &&
    ["listening", "respect", "promotion"].every((axis) => typeof scores[axis as keyof typeof scores] === "number") &&
    Array.isArray(findings)
  );
}
