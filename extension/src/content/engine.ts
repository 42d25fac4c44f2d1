// Runs the engine for the content script: in the page when WebAssembly may compile there, else in the service worker.

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

/** The preset the user's choices sit on when no team preset is active: the built-in default, as it is. */
const BUILTIN_DEFAULT = JSON.stringify({ format: 1, id: "tact-user-layer", name: "Tact", extends: "builtin:default" });

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
type PresetEngine = TactEngineInstance & { decide?: (report: Report) => Decision; presetInfo?: () => unknown };
type PresetGlue = TactGlue & {
  TactEngine: TactGlue["TactEngine"] & { withPreset?: (json: string, user?: unknown, admin?: unknown) => PresetEngine };
};

let settings: EngineSettings = { preset: null, user: null, disabledRules: [] };
let settingsVersion = 0;
let host: Promise<EngineHost> | null = null;

/** Sets what the engine is built from; the next check uses it. */
export function configureEngine(next: EngineSettings): void {
  settings = next;
  settingsVersion++;
}

/** The engine, loaded on first use (the first focus of a composer), never before. */
export function engineHost(): Promise<EngineHost> {
  host ??= loadInPage().catch(() => workerHost());
  return host;
}

let sharedHost: EngineHost | null = null;

/** The service worker's engine, whatever the settings: for the whole check of a long draft, off the page's thread. */
export function workerEngineHost(): Promise<EngineHost> {
  sharedHost ??= workerHost();
  return Promise.resolve(sharedHost);
}

async function loadInPage(): Promise<EngineHost> {
  const glue = (await import(chrome.runtime.getURL(GLUE_PATH))) as PresetGlue;
  // A page CSP without 'wasm-unsafe-eval' makes this throw: then the worker takes over.
  await glue.default({ module_or_path: engineWasm() });
  const made = () => {
    const engine = build(glue, settings);
    return { version: settingsVersion, engine, thresholds: thresholdsOf(engine) };
  };
  let built = made();
  const engine = () => {
    if (built.version !== settingsVersion) built = made();
    return built.engine;
  };
  return {
    where: "page",
    check: async (text, context) => engine().check(text, context ?? undefined),
    decide: (report) => {
      const current = engine();
      return typeof current.decide === "function" ? current.decide(report) : null;
    },
    thresholds: () => {
      engine();
      return built.thresholds;
    },
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

/** An engine for the settings; a preset the engine refuses leaves the built-in rules running (the options page says why). */
function build(glue: PresetGlue, from: EngineSettings): PresetEngine {
  const user = userLayer(from);
  const withPreset = glue.TactEngine.withPreset;
  const admin = from.admin ?? undefined;
  if ((from.preset === null && user === null && !admin) || typeof withPreset !== "function")
    return new glue.TactEngine();
  try {
    return withPreset(from.preset ?? BUILTIN_DEFAULT, user ?? undefined, admin);
  } catch {
    try {
      return withPreset(BUILTIN_DEFAULT, user ?? undefined, admin);
    } catch {
      return new glue.TactEngine();
    }
  }
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
