// The service worker: runs the engine for content scripts that cannot, and keeps this session's stats.

import init, { postImproved } from "../../pkg/tact.js";
import type { CheckResponse } from "../shared/messages";
import type { Decision } from "../shared/generated/boundary";
import type { Report, Scores } from "../shared/report";
import { engineWasm } from "../shared/glue";
import { t } from "../shared/i18n";
import {
  isPaused,
  readStats,
  recordCheck,
  recordDraft,
  recordPost,
  recordedSite,
  resetStats,
  setPaused,
  startSession,
} from "./stats";
import { startPresets } from "./presets";
import { disableSite, enableSite, startSites } from "./sites";
import { type Handlers, listener } from "./inbox";

// No top-level await in a service worker: start loading now, wait for it per message.
const engine = init({ module_or_path: engineWasm() });
// The engine follows the active preset and the user's and admin's layers (presets.ts also serves the options page).
const presets = startPresets(engine);
// The sites the user turned Tact on for: registrations brought in step with the granted permissions.
startSites();

/** The engine's verdict on whether a post improved after feedback (src/stats/summary.rs). */
async function improved(first: Scores, final: Scores): Promise<boolean> {
  await engine;
  return postImproved(first, final);
}

async function check(text: string, context: string | null): Promise<CheckResponse> {
  try {
    const current = await presets.engine();
    // The pre-post decision goes with every report: the content script needs it at once when Post is pressed. The
    // engine makes both in one call, so the report does not cross back into the wasm to be decided on.
    const { report, decision } = current.checkAndDecide(text, context ?? undefined) as {
      report: Report;
      decision: Decision;
    };
    return { report, decision, thresholds: current.presetInfo() };
  } catch (error) {
    return { error: String(error) };
  }
}

// The welcome page (what the scores mean, the card, the check, Alt+Enter, presets, privacy), once, when Tact is
// installed; not on updates or browser restarts. The popup links to it for later.
chrome.runtime.onInstalled.addListener(({ reason }) => {
  if (reason !== "install") return;
  chrome.tabs.create({ url: chrome.runtime.getURL("extension/pages/welcome.html") }).catch(() => undefined);
});

// A new browser session: the last session's post and check records are removed (stats.ts).
chrome.runtime.onStartup.addListener(() => {
  startSession().catch(() => undefined);
});

chrome.tabs.onRemoved.addListener((tabId) => {
  setPaused(tabId, false).catch(() => undefined);
});

const handlers: Handlers = {
  check: (message) => check(message.text, message.context),
  "draft-checked": (message, origin) => recordDraft(recordedSite(message.site, origin.url)),
  "post-sent": (message, origin) =>
    recordPost({ ...message, site: recordedSite(message.site, origin.url) }, origin.tabId, improved),
  "pre-post-check": (message, origin) => recordCheck({ ...message, site: recordedSite(message.site, origin.url) }),
  "get-stats": () => readStats(),
  "reset-stats": () => resetStats(),
  "get-tab-state": async (message, origin) => {
    // A content script asks about its own tab (the inbox refused any other); a page names the tab.
    const tabId = message.tabId ?? origin.tabId;
    return { paused: tabId === undefined ? false : await isPaused(tabId) };
  },
  "set-paused": async (message) => {
    if (message.tabId === undefined) return { ok: false, message: t("workerNoTab") };
    return setPaused(message.tabId, message.paused);
  },
  "enable-site": (message) => enableSite(message.host),
  "disable-site": (message) => disableSite(message.host),
  "turn-rule-off": (message) => presets.turnRuleOff(message.rule),
  "preset-import": (message) => presets.answer(message),
  "preset-builtin": (message) => presets.answer(message),
  "preset-subscribe": (message) => presets.answer(message),
  "preset-refresh": (message) => presets.answer(message),
  "preset-sync": (message) => presets.answer(message),
};

chrome.runtime.onMessage.addListener(
  listener(
    handlers,
    () => ({
      id: chrome.runtime.id,
      origin: chrome.runtime.getURL(""),
      pages: chrome.runtime.getURL("extension/pages/"),
    }),
    (problem) => console.warn(problem),
  ),
);
