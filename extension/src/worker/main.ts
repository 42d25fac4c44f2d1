// The service worker: runs the engine for content scripts that cannot, and keeps this session's stats.

import init, { TactEngine } from "../../pkg/tact.js";
import { EMPTY_STATS, type CheckResponse, type Message, type SessionStats } from "../shared/messages";
import type { Report } from "../shared/report";
import { WASM_PATH } from "../shared/glue";

// No top-level await in a service worker: start loading now, wait for it per message.
const engine: Promise<TactEngine> = init({ module_or_path: chrome.runtime.getURL(WASM_PATH) }).then(
  () => new TactEngine(),
);

const STATS_KEY = "sessionStats";

async function readStats(): Promise<SessionStats> {
  const stored = await chrome.storage.session.get(STATS_KEY);
  return { ...EMPTY_STATS, ...(stored[STATS_KEY] as Partial<SessionStats> | undefined) };
}

async function countDraft(site: string): Promise<void> {
  const stats = await readStats();
  stats.drafts += 1;
  stats.bySite = { ...stats.bySite, [site]: (stats.bySite[site] ?? 0) + 1 };
  await chrome.storage.session.set({ [STATS_KEY]: stats });
}

async function check(text: string, context: string | null): Promise<CheckResponse> {
  try {
    const report = (await engine).check(text, context ?? undefined) as Report;
    return { report };
  } catch (error) {
    return { error: String(error) };
  }
}

// Stats updates are chained so that two events arriving together do not overwrite each other.
let statsQueue: Promise<void> = Promise.resolve();

chrome.runtime.onMessage.addListener((message: Message, _sender, sendResponse) => {
  switch (message.type) {
    case "check":
      check(message.text, message.context).then(sendResponse);
      return true;
    case "draft-checked":
      statsQueue = statsQueue.then(() => countDraft(message.site)).catch(() => undefined);
      statsQueue.then(() => sendResponse({ ok: true }));
      return true;
    case "get-stats":
      statsQueue.then(readStats).then(sendResponse);
      return true;
    default:
      return false;
  }
});
