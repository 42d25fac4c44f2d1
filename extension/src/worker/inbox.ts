// The service worker's door: every message is checked for who sent it (one of Tact's own pages, or a content script
// on a site, and then for its own tab only) and for its shape, one small validator per kind, before any handler
// sees it. A message that fails is refused: answered `{ok: false}` and logged, never thrown.

import type {
  CheckRequest,
  DisableSiteRequest,
  DraftCheckedEvent,
  EnableSiteRequest,
  GetTabStateRequest,
  PostSentEvent,
  PrePostCheckEvent,
  ResetStatsRequest,
  SetPausedRequest,
  StatsRequest,
  TurnRuleOffRequest,
} from "../shared/messages";
import { t } from "../shared/i18n";
import type { PresetRequest } from "../shared/preset-store";

/** Every message the worker answers. */
export type WorkerMessage =
  | CheckRequest
  | DraftCheckedEvent
  | PostSentEvent
  | PrePostCheckEvent
  | StatsRequest
  | ResetStatsRequest
  | GetTabStateRequest
  | SetPausedRequest
  | EnableSiteRequest
  | DisableSiteRequest
  | TurnRuleOffRequest
  | PresetRequest;

export type Kind = WorkerMessage["type"];
type MessageOf<K extends Kind> = Extract<WorkerMessage, { type: K }>;

/**
 * Where a message came from. `page`: one of Tact's own pages (the popup, the options page, the welcome page, the
 * Try page); `content`: Tact's content script in the tab `tabId` (whose page is at `url`).
 */
export type Origin = { place: "page"; tabId?: number; url: string } | { place: "content"; tabId: number; url: string };

/** The parts of chrome.runtime.MessageSender the worker reads. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

/** Who Tact is: its extension id and the address its own pages are served under. */
export interface Self {
  id: string;
  /** `chrome.runtime.getURL("")`: the extension's origin, with its trailing slash. */
  origin: string;
  /** `chrome.runtime.getURL("extension/pages/")`. */
  pages: string;
}

/** Where `sender` is, or null when it is not Tact (another extension, a web page through externally_connectable). */
export function originOf(sender: Sender, self: Self): Origin | null {
  if (sender.id !== self.id) return null;
  const url = sender.url ?? "";
  const tabId = sender.tab?.id;
  const tab = typeof tabId === "number" && Number.isInteger(tabId) && tabId >= 0 ? tabId : undefined;
  if (url.startsWith(self.pages))
    return tab === undefined ? { place: "page", url } : { place: "page", tabId: tab, url };
  // Any other address of Tact's own (its worker, its bundles) sends nothing; a content script runs in a site's tab.
  if (url.startsWith(self.origin) || tab === undefined) return null;
  return { place: "content", tabId: tab, url: sender.tab?.url ?? url };
}

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === "string";
const isScore = (value: unknown): boolean => typeof value === "number" && Number.isFinite(value);
const isScores = (value: unknown): boolean =>
  isRecord(value) && isScore(value.listening) && isScore(value.respect) && isScore(value.promotion);
const isTabId = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0;
/** Site ids and rule ids are short names; a longer one is not Tact's. */
const isName = (value: unknown): value is string => isString(value) && value.length <= 200;
const OUTCOMES: readonly unknown[] = ["shown", "edited", "posted-anyway"];
const MAX_RULES = 500;
/** A rule id: `builtin.absolutes`, or a team rule's lower-case words with dashes. */
const isRuleId = (value: unknown): boolean => isString(value) && /^[a-z0-9][a-z0-9.-]{0,99}$/.test(value);
/** A post's identity: made by the content script when it counts the post (post-flow.ts). */
const isPostId = (value: unknown): boolean => isString(value) && /^[\w-]{8,64}$/.test(value);

/** The shape of each kind: the fields it must have, of the right type, and no field that could be smuggled past. */
const SHAPES: { [K in Kind]: (fields: Fields) => boolean } = {
  check: (m) => isString(m.text) && (m.context === null || isString(m.context)),
  "draft-checked": (m) => isName(m.site),
  "post-sent": (m) =>
    isName(m.site) &&
    isPostId(m.id) &&
    isScores(m.first) &&
    isScores(m.final) &&
    Array.isArray(m.rules) &&
    m.rules.length <= MAX_RULES &&
    m.rules.every(isName),
  "pre-post-check": (m) =>
    isName(m.site) && OUTCOMES.includes(m.outcome) && (m.reason === undefined || isString(m.reason)),
  "get-stats": () => true,
  "reset-stats": () => true,
  "get-tab-state": (m) => m.tabId === undefined || isTabId(m.tabId),
  "set-paused": (m) => typeof m.paused === "boolean" && (m.tabId === undefined || isTabId(m.tabId)),
  "enable-site": (m) => isName(m.host),
  "disable-site": (m) => isName(m.host),
  "turn-rule-off": (m) => isRuleId(m.rule),
  "preset-import": (m) => isString(m.json) && isString(m.label),
  "preset-builtin": (m) => isName(m.name),
  "preset-subscribe": (m) => isString(m.url),
  "preset-refresh": () => true,
  "preset-sync": () => true,
};

/**
 * Who may send each kind. A content script sends what it needs to check drafts and count posts on its own tab, and
 * the one setting a card changes (a rule turned off), which the worker writes for it: content scripts write no
 * storage themselves. The stats, the other settings, the sites and the presets are for Tact's own pages. (The Try page is one of Tact's pages and
 * runs the content script, so the content script's messages are accepted from a page too.)
 */
const SENDERS: { [K in Kind]: readonly Origin["place"][] } = {
  check: ["content", "page"],
  "draft-checked": ["content", "page"],
  "post-sent": ["content", "page"],
  "pre-post-check": ["content", "page"],
  "get-tab-state": ["content", "page"],
  "turn-rule-off": ["content", "page"],
  "get-stats": ["page"],
  "reset-stats": ["page"],
  "set-paused": ["page"],
  "enable-site": ["page"],
  "disable-site": ["page"],
  "preset-import": ["page"],
  "preset-builtin": ["page"],
  "preset-subscribe": ["page"],
  "preset-refresh": ["page"],
  "preset-sync": ["page"],
};

/** What the worker does for each kind, for an origin already checked: a promise of the answer. */
export type Handlers = { [K in Kind]: (message: MessageOf<K>, origin: Origin) => Promise<unknown> };

/** A checked message and its sender, or why it was refused. */
export type Admission = { ok: true; message: WorkerMessage; origin: Origin } | { ok: false; problem: string };

const isKind = (type: unknown): type is Kind => isString(type) && Object.hasOwn(SHAPES, type);

/** Whether `message` from `sender` may reach a handler: known kind, right shape, right sender, its own tab. */
export function admit(message: unknown, sender: Sender, self: Self): Admission {
  const type = isRecord(message) ? message.type : undefined;
  if (!isRecord(message) || !isKind(type)) return { ok: false, problem: `unknown message ${describe(type)}` };
  const origin = originOf(sender, self);
  if (!origin) return { ok: false, problem: `“${type}” from outside Tact (${describe(sender.url)})` };
  if (!SENDERS[type].includes(origin.place))
    return { ok: false, problem: `“${type}” from a content script (${describe(origin.url)}): only Tact's pages may` };
  if (!SHAPES[type](message)) return { ok: false, problem: `malformed “${type}”` };
  // A content script acts on its own tab only: it names no other.
  if (origin.place === "content" && "tabId" in message && message.tabId !== origin.tabId)
    return { ok: false, problem: `“${type}” from tab ${origin.tabId} about tab ${describe(message.tabId)}` };
  return { ok: true, message: message as unknown as WorkerMessage, origin };
}

function describe(value: unknown): string {
  const text = typeof value === "string" ? `“${value}”` : String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

/** The answer to a refused message: the sender learns it was refused, and never waits. */
export const REFUSED = { ok: false, message: t("workerRefused") } as const;

/**
 * The worker's onMessage listener: admits `message`, runs its handler and answers with its result (or
 * `{ok: false}` if it fails); refuses anything else with `log`. Returns true while an answer is on its way.
 */
export function listener(
  handlers: Handlers,
  self: () => Self,
  log: (problem: string) => void,
): (message: unknown, sender: Sender, sendResponse: (response: unknown) => void) => boolean {
  return (message, sender, sendResponse) => {
    let admission: Admission;
    try {
      admission = admit(message, sender, self());
    } catch (error) {
      admission = { ok: false, problem: `a message that could not be read: ${String(error)}` };
    }
    if (!admission.ok) {
      log(`Tact's worker refused ${admission.problem}.`);
      sendResponse(REFUSED);
      return false;
    }
    const handler = handlers[admission.message.type] as (message: WorkerMessage, origin: Origin) => Promise<unknown>;
    let answer: Promise<unknown>;
    try {
      answer = handler(admission.message, admission.origin);
    } catch (error) {
      answer = Promise.reject(error);
    }
    answer.then(
      (result) => sendResponse(result ?? { ok: true }),
      (error: unknown) => {
        log(`Tact's worker failed on “${admission.message.type}”: ${String(error)}`);
        sendResponse({ ok: false, message: t("workerFailed", String(error)) });
      },
    );
    return true;
  };
}
