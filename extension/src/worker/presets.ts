// The service worker's side of team presets: the only writer of the stored `preset` (extension/src/shared/
// preset-store.ts). It validates every preset with the engine before it becomes active (all or nothing), keeps a URL
// subscription fresh (chrome.alarms, ETag / If-None-Match, the last good copy kept on any failure), copies the
// administrator's policy from chrome.storage.managed, and keeps the worker's own engine on the active preset.

import { TactEngine } from "../../pkg/tact.js";
import { userLayer } from "../content/engine";
import {
  DISABLED_RULES_KEY,
  PRESET_KEY,
  READ_LIMIT_BYTES,
  REFRESH_ALARM,
  REFRESH_MINUTES,
  USER_CHOICES_KEY,
  adminLayer,
  readStoredPreset,
  readUserChoices,
  stringList,
  subscriptionUrl,
  type AdminLocks,
  type PresetAnswer,
  type PresetError,
  type PresetRequest,
  type StoredPreset,
} from "../shared/preset-store";
import type { PresetInfo } from "../shared/generated/boundary";
import { t } from "../shared/i18n";

/** Where the administrator's policy is read from: chrome.storage.managed in the extension. */
export type PolicyArea = Pick<chrome.storage.StorageArea, "get">;

/** How long a preset server has to answer. */
const FETCH_TIMEOUT_MS = 30_000;

type Accepted = Pick<PresetInfo, "id" | "name" | "version">;
type Validation = { ok: true; info: Accepted } | { ok: false; message: string; errors: PresetError[] };

/** Runs steps one after the other, each reading storage afresh, so no change is lost. */
function queueOf(): <T>(step: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (step) => {
    const next = queue.then(step, step);
    queue = next.catch(() => undefined);
    return next;
  };
}
/** Changes to the stored preset (which may wait seconds for a preset's validation and timing). */
const serial = queueOf();
/** Rules turned off from a card: a write of their own list that never waits behind a preset being validated. */
const serialRulesOff = queueOf();

async function stored(): Promise<StoredPreset | null> {
  return readStoredPreset((await chrome.storage.local.get(PRESET_KEY))[PRESET_KEY]);
}

/** The user's layer as the engines apply it: their choices plus the rules turned off from a card. */
async function userChoices(): Promise<Record<string, unknown> | null> {
  const values = await chrome.storage.local.get([USER_CHOICES_KEY, DISABLED_RULES_KEY]);
  return userLayer({
    preset: null,
    user: readUserChoices(values[USER_CHOICES_KEY]),
    disabledRules: stringList(values[DISABLED_RULES_KEY]),
  });
}

/**
 * Loads `json` with the user's and the admin's layers, as every engine will, and times it against the built-in preset
 * (src/preset/cost.rs: a preset that would slow typing is refused like an invalid one): accepted, or every error.
 */
async function validate(json: string, admin: AdminLocks | undefined): Promise<Validation> {
  const user = await userChoices();
  let engine: TactEngine | null = null;
  try {
    engine = TactEngine.withPreset(json, user ?? undefined, admin ?? undefined);
    engine.checkCost();
    const info = engine.presetInfo() as PresetInfo;
    return { ok: true, info: { id: info.id, name: info.name, version: info.version } };
  } catch (error) {
    const errors = (error as { errors?: PresetError[] }).errors ?? [];
    const counted = errors.length === 1 ? t("workerProblemsOne") : t("workerProblemsMany", String(errors.length));
    const message = errors.length > 0 ? counted : t("workerUnreadable", String(error));
    return { ok: false, message, errors };
  } finally {
    engine?.free();
  }
}

/** The fields of a record that describe the preset itself, from what validation found. */
function described(info: Accepted): Pick<StoredPreset, "id" | "name" | "version"> {
  return info.version === undefined
    ? { id: info.id, name: info.name }
    : { id: info.id, name: info.name, version: info.version };
}

/** Keeps the admin's layer (which only the policy sets) over any new record. */
function withAdmin(record: StoredPreset, previous: StoredPreset | null): StoredPreset {
  const kept: StoredPreset = { ...record };
  if (previous?.admin) kept.admin = previous.admin;
  if (previous?.lockReasons) kept.lockReasons = previous.lockReasons;
  return kept;
}

async function save(record: StoredPreset): Promise<void> {
  await chrome.storage.local.set({ [PRESET_KEY]: record });
  if (record.url) {
    const alarm = await chrome.alarms.get(REFRESH_ALARM);
    if (!alarm)
      await chrome.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: REFRESH_MINUTES });
  } else {
    await chrome.alarms.clear(REFRESH_ALARM);
  }
}

/** Whether `lastError` is about the administrator's preset (written by syncPolicy, in the user's language then). */
function aboutAdminPreset(lastError: string): boolean {
  return [t("workerAdminRefused", ""), t("workerAdminUnavailable", "")].some((start) => lastError.startsWith(start));
}

/** Makes `json` the active preset if it is valid and its tests pass; the previous one stays otherwise. */
async function activate(record: Omit<StoredPreset, "id" | "name" | "version">): Promise<PresetAnswer> {
  const previous = await stored();
  if (previous?.source === "admin") return { ok: false, message: t("optionsAdminLocked") };
  const checked = await validate(record.json, previous?.admin);
  if (!checked.ok) return { ok: false, message: t("workerNotImported", checked.message), errors: checked.errors };
  await save(withAdmin({ ...record, ...described(checked.info) }, previous));
  return { ok: true, message: t("workerNowActive", checked.info.name) };
}

type Fetched = { kind: "same" } | { kind: "new"; json: string; etag?: string } | { kind: "failed"; message: string };

/** The parts of chrome.permissions the worker reads (a parameter, so that unit tests can give their own). */
export type Permissions = Pick<typeof chrome.permissions, "contains">;

/**
 * Whether Tact may read `url`'s origin (its optional host permission, granted on the options page). Without it the
 * fetch is a cross-origin one: the server must allow it, and expose its ETag for If-None-Match to be sent back.
 */
export async function mayRead(url: string, permissions: Permissions = chrome.permissions): Promise<boolean> {
  const target = subscriptionUrl(url);
  if ("error" in target) return false;
  try {
    return await permissions.contains({ origins: [target.origin] });
  } catch {
    return false;
  }
}

/** Why a fetch failed, with what would let Tact read the preset when it lacks the permission for its origin. */
async function withoutAccess(fetched: Fetched, url: string): Promise<Fetched> {
  if (fetched.kind !== "failed" || (await mayRead(url))) return fetched;
  const origin = new URL(url).origin;
  return { kind: "failed", message: t("workerNoAccess", fetched.message, origin) };
}

/** Fetches the preset at `url` (nothing else), asking the server for it only if it changed since `etag`. */
export async function fetchPreset(url: string, etag?: string): Promise<Fetched> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: etag ? { "If-None-Match": etag } : {},
      cache: "no-store",
      credentials: "omit",
      redirect: "error",
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch {
    return { kind: "failed", message: t("workerFetchFailed", url) };
  }
  if (response.status === 304) return { kind: "same" };
  if (!response.ok)
    return { kind: "failed", message: t("workerAnswered", url, `${response.status} ${response.statusText}`.trim()) };
  const text = await readCapped(response);
  if (text === null) return { kind: "failed", message: t("workerTooLarge", url, String(READ_LIMIT_BYTES / 1024)) };
  return { kind: "new", json: text, etag: response.headers.get("ETag") ?? undefined };
}

/** The body as text, or null once it passes the read limit (the rest is not downloaded). */
async function readCapped(response: Response): Promise<string | null> {
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > READ_LIMIT_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

async function subscribe(text: string, source: "url" | "admin" = "url"): Promise<PresetAnswer> {
  const target = subscriptionUrl(text);
  if ("error" in target) return { ok: false, message: target.error };
  const previous = await stored();
  if (source === "url" && previous?.source === "admin") return { ok: false, message: t("optionsAdminLocked") };
  const fetched = await withoutAccess(await fetchPreset(target.url), target.url);
  if (fetched.kind !== "new") {
    const why = fetched.kind === "failed" ? fetched.message : t("workerFirst304", target.url);
    return { ok: false, message: t("workerNotSubscribed", why) };
  }
  const checked = await validate(fetched.json, previous?.admin);
  if (!checked.ok) return { ok: false, message: t("workerNotSubscribed", checked.message), errors: checked.errors };
  const now = Date.now();
  const record: StoredPreset = {
    source,
    json: fetched.json,
    ...described(checked.info),
    url: target.url,
    lastChecked: now,
    lastUpdated: now,
  };
  if (fetched.etag) record.etag = fetched.etag;
  await save(withAdmin(record, previous));
  return { ok: true, message: t("workerSubscribed", checked.info.name, target.url) };
}

/** Asks the subscribed URL for a newer copy; any failure keeps the last good copy and is recorded. */
async function refresh(): Promise<PresetAnswer> {
  const record = await stored();
  if (!record?.url) return { ok: false, message: t("workerNotSubscription") };
  const fetched = await withoutAccess(await fetchPreset(record.url, record.etag), record.url);
  const now = Date.now();
  const next: StoredPreset = { ...record, lastChecked: now };
  delete next.lastError;
  delete next.lastErrors;
  let answer: PresetAnswer;
  // The same text again (a server that sends no ETag, or one a cross-origin read cannot see) is no update either.
  if (fetched.kind === "same" || (fetched.kind === "new" && fetched.json === record.json)) {
    if (fetched.kind === "new" && fetched.etag) next.etag = fetched.etag;
    answer = { ok: true, message: t("workerUpToDate") };
  } else if (fetched.kind === "failed") {
    next.lastError = t("workerLastGoodKept", fetched.message);
    answer = { ok: false, message: next.lastError };
  } else {
    const checked = await validate(fetched.json, record.admin);
    if (checked.ok) {
      Object.assign(next, { json: fetched.json, ...described(checked.info), lastUpdated: now });
      if (!checked.info.version) delete next.version;
      if (fetched.etag) next.etag = fetched.etag;
      else delete next.etag;
      const { name, version } = checked.info;
      answer = { ok: true, message: version ? t("workerUpdatedVersion", name, version) : t("workerUpdated", name) };
    } else {
      next.lastError = t("workerNewCopyRefused", checked.message);
      next.lastErrors = checked.errors;
      answer = { ok: false, message: next.lastError, errors: checked.errors };
    }
  }
  // The user may have chosen another preset while the server answered: then this answer is moot.
  const current = await stored();
  if (current?.url !== record.url || current.source !== record.source) return answer;
  await save(next);
  return answer;
}

/**
 * Reads the administrator's policy from `area` (chrome.storage.managed; a parameter so that a test can give another
 * source through this very code) and applies it: the locks into every engine, and the admin's preset, if any.
 */
export async function syncPolicy(area: PolicyArea = chrome.storage.managed): Promise<PresetAnswer> {
  let policy: Record<string, unknown>;
  try {
    policy = await area.get(null);
  } catch {
    policy = {};
  }
  const { admin, reasons, ignored } = adminLayer(policy);
  const previous = await stored();
  const base: StoredPreset = previous ?? (await builtinRecord("builtin:default"));
  /** `preset` with this policy's locks over it. */
  const locked = (preset: StoredPreset): StoredPreset => {
    const next: StoredPreset = { ...preset };
    delete next.admin;
    delete next.lockReasons;
    if (admin) next.admin = admin;
    if (Object.keys(reasons).length > 0) next.lockReasons = reasons;
    return next;
  };
  let record = locked(base);
  const notes = ignored.length > 0 ? [t("workerPolicyIgnored", ignored.join(", "))] : [];
  if (typeof policy.presetJson === "string") {
    if (base.source !== "admin" || base.json !== policy.presetJson) {
      const checked = await validate(policy.presetJson, admin ?? undefined);
      if (checked.ok) {
        Object.assign(record, {
          source: "admin",
          json: policy.presetJson,
          ...described(checked.info),
          lastUpdated: Date.now(),
        });
        for (const key of ["url", "etag", "lastChecked", "lastError", "lastErrors", "label"] as const)
          delete record[key];
      } else {
        record.lastError = t("workerAdminRefused", checked.message);
        record.lastErrors = checked.errors;
      }
    }
  } else if (typeof policy.presetUrl === "string") {
    if (base.source !== "admin" || base.url !== subscriptionUrlOf(policy.presetUrl)) {
      await chrome.storage.local.set({ [PRESET_KEY]: record });
      const subscribed = await subscribe(policy.presetUrl, "admin");
      if (!subscribed.ok) await save({ ...record, lastError: t("workerAdminUnavailable", subscribed.message) });
      return subscribed;
    }
  } else if (base.source === "admin") {
    // The policy no longer sets a preset: the built-in default, until the user chooses one.
    record = locked(await builtinRecord("builtin:default"));
  } else if (record.lastError && aboutAdminPreset(record.lastError)) {
    delete record.lastError;
    delete record.lastErrors;
  }
  // Nothing stored and nothing to store: `builtin:default` runs without a record.
  const unchanged = previous
    ? JSON.stringify(previous) === JSON.stringify(record)
    : !admin && record.source === "builtin";
  if (!unchanged) await save(record);
  return { ok: true, message: notes.join(" ") || t("workerPolicyApplied") };
}

function subscriptionUrlOf(text: string): string | undefined {
  const target = subscriptionUrl(text);
  return "url" in target ? target.url : undefined;
}

async function builtinRecord(name: string): Promise<StoredPreset> {
  const json = TactEngine.builtinPreset(name) ?? "";
  const engine = TactEngine.withPreset(json, undefined, undefined);
  const info = engine.presetInfo() as PresetInfo;
  engine.free();
  return { source: "builtin", json, label: name, ...described(info) };
}

async function chooseBuiltin(name: string): Promise<PresetAnswer> {
  const json = TactEngine.builtinPreset(name);
  if (json === undefined) return { ok: false, message: t("workerNoBuiltin", name) };
  return activate({ source: "builtin", json, label: name });
}

function answer(request: PresetRequest): Promise<PresetAnswer> {
  switch (request.type) {
    case "preset-import":
      return activate({ source: "file", json: request.json, label: request.label });
    case "preset-builtin":
      return chooseBuiltin(request.name);
    case "preset-subscribe":
      return subscribe(request.url);
    case "preset-refresh":
      return refresh();
    case "preset-sync":
      return syncPolicy();
  }
}

/** Where the user's settings are kept: chrome.storage.local in the extension, a fake one in unit tests. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The most rules a user can turn off from cards: every built-in and a full preset's, with room to spare. */
const MAX_DISABLED_RULES = 1_000;

/**
 * Turns `rule` off for the user, for a card's "Turn this rule off": the content script asks, this writes (content
 * scripts write no storage of their own). A write that fails is reported, never announced as done.
 */
export async function turnRuleOff(rule: string, area: SettingsArea = chrome.storage.local): Promise<PresetAnswer> {
  const rules = stringList((await area.get(DISABLED_RULES_KEY))[DISABLED_RULES_KEY]);
  if (rules.includes(rule)) return { ok: true, message: t("workerRuleAlreadyOff") };
  if (rules.length >= MAX_DISABLED_RULES)
    return { ok: false, message: t("workerTooManyOff", String(MAX_DISABLED_RULES)) };
  try {
    await area.set({ [DISABLED_RULES_KEY]: [...rules, rule] });
  } catch (error) {
    return { ok: false, message: t("workerCouldNotSave", String(error)) };
  }
  return { ok: true, message: t("workerRuleTurnedOff") };
}

/** The worker's engine, on the active preset with the user's and the admin's layers; rebuilt when they change. */
export interface PresetEngines {
  engine(): Promise<TactEngine>;
  /** Answers a request from the options page (the worker's inbox checked who sent it and its shape). */
  answer(request: PresetRequest): Promise<PresetAnswer>;
  /** Turns a rule off for the user, after the other rules being turned off (not behind a preset's validation). */
  turnRuleOff(rule: string): Promise<PresetAnswer>;
}

/**
 * Starts the preset service (call once, synchronously, at the worker's start so that its listeners catch the event
 * that woke the worker). `ready` is the wasm's initialisation.
 */
export function startPresets(ready: Promise<unknown>): PresetEngines {
  let current: { key: string; engine: TactEngine } | null = null;
  // The engine is rebuilt only after one of the keys it is built from changed.
  let dirty = true;

  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) ready.then(() => serial(refresh)).catch(() => undefined);
  });
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === "managed") ready.then(() => serial(() => syncPolicy())).catch(() => undefined);
    if (area === "local" && [PRESET_KEY, USER_CHOICES_KEY, DISABLED_RULES_KEY].some((key) => key in changes))
      dirty = true;
  });
  chrome.runtime.onStartup.addListener(() => {
    ready.then(() => serial(() => syncPolicy())).catch(() => undefined);
  });
  chrome.runtime.onInstalled.addListener(() => {
    ready.then(() => serial(() => syncPolicy())).catch(() => undefined);
  });

  return {
    answer: (request) => ready.then(() => serial(() => answer(request))),
    turnRuleOff: (rule) => serialRulesOff(() => turnRuleOff(rule)),
    async engine() {
      await ready;
      if (current && !dirty) return current.engine;
      dirty = false;
      const values = await chrome.storage.local.get(PRESET_KEY);
      const record = readStoredPreset(values[PRESET_KEY]);
      const user = await userChoices();
      const key = JSON.stringify([record?.json ?? null, user, record?.admin ?? null]);
      if (current?.key === key) return current.engine;
      try {
        const engine =
          record || user
            ? TactEngine.withPreset(record?.json ?? builtinDefault(), user ?? undefined, record?.admin)
            : new TactEngine();
        current?.engine.free();
        current = { key, engine };
      } catch {
        // Fail open: a layer the engine refuses leaves the previous engine (or the built-in one) running.
        current ??= { key, engine: new TactEngine() };
      }
      return current.engine;
    },
  };
}

function builtinDefault(): string {
  return TactEngine.builtinPreset("builtin:default") ?? "";
}
