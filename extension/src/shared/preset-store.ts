// The storage contract for team presets: what chrome.storage holds about the active preset, the user's own choices
// and an administrator's policy, how each is read safely, and the messages the options page sends the service worker.
//
// chrome.storage.local
//   `preset`       StoredPreset: the active preset (absent: `builtin:default`). Written by the service worker only
//                  (extension/src/worker/presets.ts), and only with a preset that passed validation and its own tests.
//   `userChoices`  the user layer of `TactEngine.withPreset`: `{rules?: {id: "off"|"hint"|"warn"}, checks?, gate?}`,
//                  written by the options page; no preset update touches it.
//   `disabledRules` string[]: rules turned off from a card (content script); they count as `off` in the user layer.
// chrome.storage.managed (read-only, set by an administrator; extension/managed-schema.json)
//   `presetUrl`, `presetJson`, `lockedChecks`: see ManagedPolicy. The service worker reads it and copies the admin
//   layer into `preset.admin`, so that every engine reads one key.
// Priority, highest first: an admin's locks, the user's choices, the team preset, the built-in presets.

import type { AdminLocks, Check, GateMode, PresetError } from "./generated/boundary";
import { t } from "./i18n";

export type { AdminLocks, Check, GateMode, PresetError } from "./generated/boundary";

export const PRESET_KEY = "preset";
export const USER_CHOICES_KEY = "userChoices";
export const DISABLED_RULES_KEY = "disabledRules";

/** Where the active preset came from. */
export type PresetSourceKind = "builtin" | "file" | "url" | "admin";

export const SCORE_CHECKS = ["listening", "respect", "promotion"] as const;
export type ScoreName = (typeof SCORE_CHECKS)[number];

/** chrome.storage.local `preset`. */
export interface StoredPreset {
  source: PresetSourceKind;
  /** The preset's JSON text: the last copy that passed validation and its own tests (the last good copy). */
  json: string;
  /** The preset's id, name and version as the engine read them, so that the popup need not load it. */
  id: string;
  name: string;
  version?: string;
  /** For `builtin`, its name (`builtin:launch`); for `file`, the file's name or "pasted text". */
  label?: string;
  /** For `url` (and `admin` with `presetUrl`): the address, its ETag, when it was last asked and last changed (ms). */
  url?: string;
  etag?: string;
  lastChecked?: number;
  lastUpdated?: number;
  /** What went wrong the last time the preset was fetched or validated; the last good copy kept running. */
  lastError?: string;
  /** The same problem, error by error, when it was the preset that was wrong. */
  lastErrors?: PresetError[];
  /** The administrator's layer, copied from chrome.storage.managed by the service worker. */
  admin?: AdminLocks;
  /** Why each locked setting is locked, in the administrator's words, by `listening`/`respect`/`promotion`/`gate`. */
  lockReasons?: Record<string, string>;
}

/** chrome.storage.managed, as extension/managed-schema.json declares it. */
export interface ManagedPolicy {
  presetUrl?: string;
  presetJson?: string;
  lockedChecks?: Partial<Record<ScoreName, Check & { reason?: string }>> & {
    gate?: { mode?: GateMode; reason?: string };
  };
}

/** The largest document Tact reads before validating it (the engine's own limit, 256 KiB, then explains itself). */
export const READ_LIMIT_BYTES = 1024 * 1024;

/** How often a subscribed preset is fetched again. */
export const REFRESH_MINUTES = 24 * 60;
export const REFRESH_ALARM = "tact-preset-refresh";

/** What the options page asks the service worker (each answered with a `PresetAnswer`). */
export type PresetRequest =
  | { type: "preset-import"; json: string; label: string }
  | { type: "preset-builtin"; name: string }
  | { type: "preset-subscribe"; url: string }
  | { type: "preset-refresh" }
  | { type: "preset-sync" };

export type PresetAnswer = { ok: true; message: string } | { ok: false; message: string; errors?: PresetError[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const SOURCES: readonly string[] = ["builtin", "file", "url", "admin"];
const GATES: readonly string[] = ["off", "warn", "hold"];

/** The stored `preset`, or null when there is none or it is not one. */
export function readStoredPreset(value: unknown): StoredPreset | null {
  if (!isObject(value) || typeof value.json !== "string" || !SOURCES.includes(value.source as string)) return null;
  return value as unknown as StoredPreset;
}

/** What an engine is built from, from the stored `preset`: its JSON (null: the built-in default) and admin layer. */
export function presetLayers(value: unknown): { json: string | null; admin: AdminLocks | null } {
  const stored = readStoredPreset(value);
  return { json: stored?.json ?? null, admin: stored?.admin ?? null };
}

/** The stored user choices, or an empty layer. */
export function readUserChoices(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}

function finite(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/**
 * The admin layer and the reasons for its locks, from a managed policy; settings of the wrong type are left out and
 * named in `ignored`, so that one typo in a policy never unlocks everything else.
 */
export function adminLayer(policy: unknown): {
  admin: AdminLocks | null;
  reasons: Record<string, string>;
  ignored: string[];
} {
  const reasons: Record<string, string> = {};
  const ignored: string[] = [];
  const locked = isObject(policy) ? policy.lockedChecks : undefined;
  if (locked === undefined) return { admin: null, reasons, ignored };
  if (!isObject(locked)) return { admin: null, reasons, ignored: ["lockedChecks"] };
  const admin: AdminLocks = {};
  for (const score of SCORE_CHECKS) {
    const check = locked[score];
    if (check === undefined) continue;
    if (!isObject(check)) {
      ignored.push(`lockedChecks.${score}`);
      continue;
    }
    const setting: Check = {};
    if (typeof check.enabled === "boolean") setting.enabled = check.enabled;
    const above = finite(check.warnAbove);
    const below = finite(check.warnBelow);
    if (above !== undefined && above >= 0 && above <= 1) setting.warnAbove = above;
    if (below !== undefined && below >= 0 && below <= 1) setting.warnBelow = below;
    for (const key of ["warnAbove", "warnBelow"] as const) {
      if (check[key] !== undefined && setting[key] === undefined) ignored.push(`lockedChecks.${score}.${key}`);
    }
    if (Object.keys(setting).length === 0) continue;
    admin.checks = { ...admin.checks, [score]: setting };
    if (typeof check.reason === "string" && check.reason.trim()) reasons[score] = check.reason.trim();
  }
  const gate = locked.gate;
  if (isObject(gate) && GATES.includes(gate.mode as string)) {
    admin.gate = gate.mode as GateMode;
    if (typeof gate.reason === "string" && gate.reason.trim()) reasons.gate = gate.reason.trim();
  } else if (gate !== undefined) {
    ignored.push("lockedChecks.gate");
  }
  return { admin: Object.keys(admin).length > 0 ? admin : null, reasons, ignored };
}

/**
 * Whether Tact may subscribe to `text`: an https address, or http on this computer (localhost, 127.0.0.1) for
 * testing a preset before publishing it. Returns the URL and the host permission to ask for, or why not.
 */
export function subscriptionUrl(text: string): { url: string; origin: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { error: t("presetUrlInvalid", text.trim()) };
  }
  const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) {
    return { error: t("presetUrlNotHttps") };
  }
  if (url.username || url.password) {
    return { error: t("presetUrlCredentials") };
  }
  url.hash = "";
  return { url: url.href, origin: `${url.protocol}//${url.hostname}/*` };
}

/** A string list from storage, or an empty one. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}
