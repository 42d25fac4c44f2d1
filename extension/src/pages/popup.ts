// The popup's shell: loads the wasm, gathers what the popup shows (session stats from the service worker, lifetime
// totals, the current tab's switches), lets Rust render it, and does the chrome.* calls behind its buttons.

import init, { renderPopup, type PopupActions } from "../../pkg/tact.js";
import { ADAPTERS, hostMatches } from "../content/adapters/index";
import { siteKey } from "../content/settings";
import {
  EMPTY_LIFETIME,
  LIFETIME_STATS_KEY,
  LOCAL_KEYS,
  type LifetimeStats,
  type Message,
  type SessionStats,
  type TabState,
} from "../shared/messages";
import { WASM_PATH } from "../shared/glue";
import { PRESET_KEY, readStoredPreset } from "../shared/preset-store";

/** Every host a site adapter serves, for the site's name in the switch ("old.reddit.com" is "reddit.com"). */
const SITE_HOSTS = { hosts: ADAPTERS.flatMap((adapter) => adapter.hosts) };

/** Whether the manifest runs the content script on `hostname` (`https://*.reddit.com/*` covers `old.reddit.com`). */
function servedByTact(hostname: string): boolean {
  const patterns = (chrome.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
  return patterns.some((pattern) => {
    const host = pattern.replace(/^https:\/\//, "").split("/")[0] ?? "";
    return host.startsWith("*.") ? hostMatches(hostname, host.slice(2)) : hostname === host;
  });
}

/** The tab the popup acts on: the active tab, or `?tab=ID` when the popup is opened as a page of its own. */
interface TargetTab {
  id: number;
  site: string;
}

function send<T>(message: Message): Promise<T> {
  return chrome.runtime.sendMessage(message) as Promise<T>;
}

async function targetTab(): Promise<TargetTab | null> {
  const requested = Number(new URLSearchParams(location.search).get("tab"));
  const tab = requested
    ? await chrome.tabs.get(requested)
    : (await chrome.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined || !tab.url) return null;
  const url = new URL(tab.url);
  if (url.protocol !== "https:" || !servedByTact(url.hostname)) return null;
  return { id: tab.id, site: siteKey(SITE_HOSTS, url.hostname) };
}

async function disabledSites(): Promise<string[]> {
  const stored = (await chrome.storage.local.get(LOCAL_KEYS.disabledSites))[LOCAL_KEYS.disabledSites];
  return Array.isArray(stored) ? stored.filter((site): site is string => typeof site === "string") : [];
}

/** The active preset as the popup names it; none stored means `builtin:default`, which Rust names itself. */
function presetStatus(value: unknown) {
  const stored = readStoredPreset(value);
  if (!stored) return undefined;
  const id = stored.source === "builtin" ? (stored.label ?? `builtin:${stored.id}`) : stored.id;
  return { id, name: stored.name, version: stored.version, source: stored.source, problem: stored.lastError };
}

/** What the Rust side renders (src/pages/popup/mod.rs, `PopupData`). */
async function gather(tab: TargetTab | null) {
  const stats = await send<SessionStats | undefined>({ type: "get-stats" });
  const [stored, disabled, tabState] = await Promise.all([
    chrome.storage.local.get([LIFETIME_STATS_KEY, PRESET_KEY]),
    disabledSites(),
    tab ? send<TabState | undefined>({ type: "get-tab-state", tabId: tab.id }) : undefined,
  ]);
  const lifetime: LifetimeStats = { ...EMPTY_LIFETIME, ...(stored[LIFETIME_STATS_KEY] as Partial<LifetimeStats>) };
  return {
    stats,
    lifetime,
    preset: presetStatus(stored[PRESET_KEY]),
    tab: tab && { site: tab.site, enabled: !disabled.includes(tab.site), paused: tabState?.paused === true },
  };
}

function download(filename: string, csv: string): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

async function main(): Promise<void> {
  const root = document.getElementById("popup");
  if (!root) return;
  // The wasm compiles while the data is gathered: the first render waits for whichever is last.
  const wasm = init({ module_or_path: chrome.runtime.getURL(WASM_PATH) });
  const tab = await targetTab().catch(() => null);
  const [data] = await Promise.all([gather(tab), wasm]);

  const refresh = async () => renderPopup(root, await gather(tab), actions);
  const after = (step: Promise<unknown>) => {
    step.then(refresh, refresh).catch(showError);
  };
  const actions: PopupActions = {
    setSiteEnabled(enabled) {
      if (!tab) return;
      after(
        disabledSites().then((sites) => {
          const others = sites.filter((site) => site !== tab.site);
          return chrome.storage.local.set({ [LOCAL_KEYS.disabledSites]: enabled ? others : [...others, tab.site] });
        }),
      );
    },
    setPaused(paused) {
      if (!tab) return;
      const told: Message = { type: "set-paused", paused };
      // The content script may not be there (the page was open before Tact was installed): the record still counts.
      const content = chrome.tabs.sendMessage(tab.id, told).catch(() => undefined);
      after(Promise.all([send({ type: "set-paused", paused, tabId: tab.id }), content]));
    },
    resetSession() {
      after(send({ type: "reset-stats" }));
    },
    download,
  };
  renderPopup(root, data, actions);
  performance.mark("tact-popup-rendered");
}

function showError(error: unknown): void {
  const root = document.getElementById("popup");
  if (root) root.textContent = `Tact could not load its stats: ${String(error)}`;
}

main().catch(showError);
