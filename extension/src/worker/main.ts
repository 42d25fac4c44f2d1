// The service worker: runs the engine for content scripts that cannot, and keeps this session's stats.

import init, { postImproved } from "../../pkg/tact.js";
import type { CheckResponse, Message } from "../shared/messages";
import type { Decision } from "../shared/generated/boundary";
import type { Report, Scores } from "../shared/report";
import { engineWasm } from "../shared/glue";
import {
  isPaused,
  readStats,
  recordCheck,
  recordDraft,
  recordPost,
  recordedSite,
  resetStats,
  setPaused,
} from "./stats";
import { startPresets } from "./presets";
import { disableSite, enableSite, startSites } from "./sites";

// No top-level await in a service worker: start loading now, wait for it per message.
const engine = init({ module_or_path: engineWasm() });
// The engine follows the active preset and the user's and admin's layers (presets.ts also serves the options page).
const presets = startPresets(engine);
// The sites the user turned Tact on for: registrations brought in step with the granted permissions.
startSites();

/** Whether a message comes from one of Tact's own pages (the popup), not from a content script on a site. */
function fromExtensionPage(sender: chrome.runtime.MessageSender): boolean {
  return sender.id === chrome.runtime.id && (sender.url ?? "").startsWith(chrome.runtime.getURL("extension/pages/"));
}

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

/** Answers once `step` is done, and answers `{ok: false}` if it fails, so that no sender waits forever. */
function reply(step: Promise<unknown>, sendResponse: (response: unknown) => void, answer?: unknown): true {
  step.then(
    (result) => sendResponse(answer ?? result ?? { ok: true }),
    () => sendResponse({ ok: false }),
  );
  return true;
}

// The welcome page (what the scores mean, the card, the check, Alt+Enter, presets, privacy), once, when Tact is
// installed; not on updates or browser restarts. The popup links to it for later.
chrome.runtime.onInstalled.addListener(({ reason }) => {
  if (reason !== "install") return;
  chrome.tabs.create({ url: chrome.runtime.getURL("extension/pages/welcome.html") }).catch(() => undefined);
});

chrome.tabs.onRemoved.addListener((tabId) => {
  setPaused(tabId, false).catch(() => undefined);
});

chrome.runtime.onMessage.addListener((message: Message, sender, sendResponse) => {
  switch (message.type) {
    case "check":
      check(message.text, message.context).then(sendResponse);
      return true;
    case "draft-checked":
      return reply(recordDraft(recordedSite(message.site, sender.tab?.url)), sendResponse, { ok: true });
    case "post-sent":
      return reply(
        recordPost({ ...message, site: recordedSite(message.site, sender.tab?.url) }, sender.tab?.id, improved),
        sendResponse,
        { ok: true },
      );
    case "pre-post-check":
      return reply(recordCheck({ ...message, site: recordedSite(message.site, sender.tab?.url) }), sendResponse, {
        ok: true,
      });
    case "get-stats":
      return reply(readStats(), sendResponse);
    case "reset-stats":
      return reply(resetStats(), sendResponse, { ok: true });
    case "get-tab-state": {
      const tabId = message.tabId ?? sender.tab?.id;
      if (tabId === undefined) return reply(Promise.resolve(), sendResponse, { paused: false });
      return reply(
        isPaused(tabId).then((paused) => ({ paused })),
        sendResponse,
      );
    }
    case "set-paused": {
      const tabId = message.tabId ?? sender.tab?.id;
      if (tabId === undefined) return false;
      return reply(setPaused(tabId, message.paused === true), sendResponse, { ok: true });
    }
    case "enable-site":
    case "disable-site": {
      if (!fromExtensionPage(sender)) return false;
      const change = message.type === "enable-site" ? enableSite(message.host) : disableSite(message.host);
      return reply(change, sendResponse);
    }
    default:
      return false;
  }
});
