// The sites the user turned Tact on for from the popup: the content script registered for each one's origin, started
// in its open tabs at once, and kept in step with the permissions Chrome grants (at start-up and on every removal).

import { t } from "../shared/i18n";
import type { Message, SiteAnswer } from "../shared/messages";
import { PRESET_KEY, readStoredPreset } from "../shared/preset-store";
import { ENABLED_SITES_KEY, PENDING_SITE_KEY, isHost, reconcileSites, scriptId, sitePattern } from "../shared/sites";
import { isPaused } from "./stats";

/**
 * The bundled content script, whole: on a site the user turned on, Tact runs from the start (the manifest's light
 * loader, content.js, imports this same file on a built-in site's first focused field, where it is web-accessible).
 */
const CONTENT_SCRIPT = "extension/dist/content-main.js";

let queue: Promise<unknown> = Promise.resolve();

/** Runs `step` after every step queued before it, so that two changes never interleave their chrome.* calls. */
function serially<T>(step: () => Promise<T>): Promise<T> {
  const run = queue.then(step, step);
  queue = run.catch(() => undefined);
  return run;
}

function registration(host: string): chrome.scripting.RegisteredContentScript {
  return {
    id: scriptId(host),
    matches: [sitePattern(host)],
    js: [CONTENT_SCRIPT],
    runAt: "document_idle",
    persistAcrossSessions: true,
  };
}

async function storedSites(): Promise<unknown> {
  return (await chrome.storage.local.get(ENABLED_SITES_KEY))[ENABLED_SITES_KEY];
}

/** Brings the stored list and the registrations in step with the granted permissions; returns the enabled hosts. */
async function reconcile(): Promise<string[]> {
  const [stored, permissions, registered] = await Promise.all([
    storedSites(),
    chrome.permissions.getAll(),
    chrome.scripting.getRegisteredContentScripts(),
  ]);
  const plan = reconcileSites({
    stored,
    granted: permissions.origins ?? [],
    registered: registered.map((script) => script.id),
  });
  if (plan.unregister.length > 0) await chrome.scripting.unregisterContentScripts({ ids: plan.unregister });
  if (plan.register.length > 0) await chrome.scripting.registerContentScripts(plan.register.map(registration));
  if (JSON.stringify(stored) !== JSON.stringify(plan.enabled)) {
    await chrome.storage.local.set({ [ENABLED_SITES_KEY]: plan.enabled });
  }
  return plan.enabled;
}

/** The ids of the tabs showing `host` now (asked while the host permission is still granted). */
async function tabsOn(host: string): Promise<number[]> {
  const tabs = await chrome.tabs.query({ url: sitePattern(host) });
  return tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
}

/** Tells a tab's content script to stop or resume (the same message as the popup's pause); false if none answers. */
async function tell(tabId: number, paused: boolean): Promise<boolean> {
  const message: Message = { type: "set-paused", paused };
  return chrome.tabs.sendMessage(tabId, message).then(
    () => true,
    () => false,
  );
}

/**
 * Starts Tact in a tab that was open before the site was turned on: a content script left there by an earlier
 * "turn off" resumes (unless the user paused that tab), else the content script is injected now, so that the user
 * need not reload the page (and lose a draft) for Tact to start.
 */
async function startIn(tabId: number): Promise<void> {
  if (await tell(tabId, await isPaused(tabId))) return;
  await chrome.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}

function failure(action: "on" | "off", host: string, error: unknown): SiteAnswer {
  const reason = error instanceof Error ? error.message : String(error);
  return { ok: false, message: t(action === "on" ? "siteTurnOnFailed" : "siteTurnOffFailed", host, reason) };
}

/** Turns Tact on for `host`, whose permission the popup has just been granted. */
export function enableSite(host: string): Promise<SiteAnswer> {
  return serially(async () => {
    if (!isHost(host)) return { ok: false, message: t("siteNotAHost", host) };
    try {
      await chrome.storage.session.remove(PENDING_SITE_KEY);
      if (!(await chrome.permissions.contains({ origins: [sitePattern(host)] }))) {
        return { ok: false, message: t("siteNotGranted", host) };
      }
      const stored = await storedSites();
      const hosts = Array.isArray(stored) ? stored : [];
      if (!hosts.includes(host)) await chrome.storage.local.set({ [ENABLED_SITES_KEY]: [...hosts, host] });
      await reconcile();
      // A tab that cannot take a script (an error page) is skipped; it gets Tact on its next load.
      await Promise.allSettled((await tabsOn(host)).map(startIn));
      return { ok: true, message: t("siteNowOn", host) };
    } catch (error) {
      return failure("on", host, error);
    }
  });
}

/**
 * Turns Tact off for `host`: it stops at once in the open tabs, its content script is unregistered, and the host
 * permission goes back to Chrome (unless the team preset is fetched from that host, which still needs it).
 */
export function disableSite(host: string): Promise<SiteAnswer> {
  return serially(async () => {
    try {
      const stored = await storedSites();
      const hosts = Array.isArray(stored) ? stored : [];
      if (!hosts.includes(host)) return { ok: true, message: t("siteAlreadyOff", host) };
      const tabs = await tabsOn(host).catch(() => []);
      await Promise.all(tabs.map((tabId) => tell(tabId, true)));
      await chrome.storage.local.set({ [ENABLED_SITES_KEY]: hosts.filter((known) => known !== host) });
      await reconcile();
      if (!(await presetServedFrom(host))) {
        // A permission the manifest itself asks for cannot be removed; the registration is gone all the same.
        await chrome.permissions.remove({ origins: [sitePattern(host)] }).catch(() => false);
      }
      return { ok: true, message: t("siteNowOff", host) };
    } catch (error) {
      return failure("off", host, error);
    }
  });
}

/** Whether the subscribed team preset is fetched from `host` (its refresh needs the same host permission). */
async function presetServedFrom(host: string): Promise<boolean> {
  const preset = readStoredPreset((await chrome.storage.local.get(PRESET_KEY))[PRESET_KEY]);
  if (!preset?.url) return false;
  try {
    return new URL(preset.url).hostname === host;
  } catch {
    return false;
  }
}

/**
 * A host permission was granted: if it is the one the popup asked for (`PENDING_SITE_KEY`), the site is turned on,
 * even when Chrome's prompt closed the popup before the popup heard the answer.
 */
async function granted(origins: readonly string[]): Promise<void> {
  const pending = (await chrome.storage.session.get(PENDING_SITE_KEY))[PENDING_SITE_KEY];
  if (typeof pending === "string" && origins.includes(sitePattern(pending))) await enableSite(pending);
}

/**
 * Reconciles now (each time the worker starts) and whenever the user or Chrome takes a host permission back; turns
 * a site on when the permission the popup asked for arrives.
 */
export function startSites(): void {
  const again = () => {
    serially(reconcile).catch(() => undefined);
  };
  again();
  chrome.permissions.onRemoved.addListener(again);
  chrome.permissions.onAdded.addListener(({ origins = [] }) => {
    granted(origins).catch(() => undefined);
  });
}
