// The popup's shell: loads the wasm, gathers what the popup shows (session stats from the service worker, lifetime
// totals, the current tab's switches, the other sites the user turned Tact on for), lets Rust render it (again as the
// stored state changes), and does the chrome.* calls behind its buttons.

import init, { renderPopup, type PopupActions } from "../../pkg/tact.js";
import { BUILTIN_HOSTS, hostMatches } from "../content/adapters/hosts";
import { siteKey } from "../content/settings";
import {
  EMPTY_LIFETIME,
  LOCAL_KEYS,
  type LifetimeStats,
  type Message,
  type SiteAnswer,
  type StatsAnswer,
  type TabState,
} from "../shared/messages";
import { engineWasm } from "../shared/glue";
import { t } from "../shared/i18n";
import { localizePage } from "../shared/page-text";
import { PRESET_KEY, readStoredPreset } from "../shared/preset-store";
import { ENABLED_SITES_KEY, PENDING_SITE_KEY, isHost, sitePattern, siteOfUrl } from "../shared/sites";

/** Every host a site adapter serves, for the site's name in the switch ("old.reddit.com" is "reddit.com"). */
const SITE_HOSTS = { hosts: BUILTIN_HOSTS };

/** Whether the manifest runs the content script on `hostname` (`https://*.reddit.com/*` covers `old.reddit.com`). */
function servedByTact(hostname: string): boolean {
  const patterns = (chrome.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
  return patterns.some((pattern) => {
    const host = pattern.replace(/^https:\/\//, "").split("/")[0] ?? "";
    return host.startsWith("*.") ? hostMatches(hostname, host.slice(2)) : hostname === host;
  });
}

/** The tab the popup acts on: the active tab, or `?tab=ID` when the popup is opened as a page of its own. */
interface ActiveTab {
  id: number;
  url: string;
}

/** A tab Tact runs on (built in, or turned on by the user), with its site as the per-site switch names it. */
interface TargetTab {
  id: number;
  site: string;
}

function send<T>(message: Message): Promise<T> {
  return chrome.runtime.sendMessage(message) as Promise<T>;
}

async function activeTab(): Promise<ActiveTab | null> {
  const requested = Number(new URLSearchParams(location.search).get("tab"));
  const tab = requested
    ? await chrome.tabs.get(requested)
    : (await chrome.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined || !tab.url) return null;
  return { id: tab.id, url: tab.url };
}

/**
 * Where the active tab stands: Tact runs there (a built-in site, or one the user turned on), or it can be offered
 * (any other https page), or neither (a browser page, a file).
 */
function placeTab(
  active: ActiveTab | null,
  userSites: readonly string[],
): { tab: TargetTab | null; offer: string | null } {
  if (!active) return { tab: null, offer: null };
  const url = new URL(active.url);
  const host = siteOfUrl(active.url);
  if ((url.protocol === "https:" && servedByTact(url.hostname)) || (host !== null && userSites.includes(host))) {
    return { tab: { id: active.id, site: siteKey(SITE_HOSTS, url.hostname) }, offer: null };
  }
  return { tab: null, offer: host };
}

async function userSites(): Promise<string[]> {
  const stored = (await chrome.storage.local.get(ENABLED_SITES_KEY))[ENABLED_SITES_KEY];
  return Array.isArray(stored) ? stored.filter((host): host is string => typeof host === "string" && isHost(host)) : [];
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

/**
 * What the Rust side renders (src/pages/popup/mod.rs, `PopupData`), and the tab Tact runs on if any; `notice` says
 * what the last action did.
 */
async function gather(active: ActiveTab | null, notice: SiteAnswer | null) {
  const answer = await send<Partial<StatsAnswer> | undefined>({ type: "get-stats" });
  const sites = await userSites();
  const { tab, offer } = placeTab(active, sites);
  const [stored, disabled, tabState] = await Promise.all([
    chrome.storage.local.get(PRESET_KEY),
    disabledSites(),
    tab ? send<TabState | undefined>({ type: "get-tab-state", tabId: tab.id }) : undefined,
  ]);
  const lifetime: LifetimeStats = { ...EMPTY_LIFETIME, ...answer?.lifetime };
  // A stats answer that did not come (the worker failed to read them) or a storage failure is said, never hidden.
  const problem = answer?.stats
    ? answer.problem
    : t("popupStatsUnread", (answer as { message?: string } | undefined)?.message ?? t("noAnswer"));
  const data = {
    stats: answer?.stats,
    lifetime,
    preset: presetStatus(stored[PRESET_KEY]),
    tab: tab && { site: tab.site, enabled: !disabled.includes(tab.site), paused: tabState?.paused === true },
    offer: offer && { host: offer },
    userSites: sites,
    notice: notice ?? (problem ? { ok: false, message: problem } : undefined),
  };
  return { data, tab };
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
  const wasm = init({ module_or_path: engineWasm() });
  const active = await activeTab().catch(() => null);
  const [first] = await Promise.all([gather(active, null), wasm]);

  /** The tab as last rendered: turning a site on or off changes whether Tact runs on it. */
  let tab = first.tab;
  /** What the last "turn on" or "turn off" did, shown until the popup closes. */
  let notice: SiteAnswer | null = null;
  const refresh = async () => {
    const next = await gather(active, notice);
    tab = next.tab;
    renderPopup(root, next.data, actions);
  };
  const after = (step: Promise<unknown>) => {
    step.then(refresh, refresh).catch(showError);
  };
  /** Shows the worker's answer (or what went wrong) once `step` is done. */
  const answered = (step: Promise<SiteAnswer | undefined>, failed: string) =>
    after(
      step.then(
        (answer) => {
          notice = answer ?? { ok: false, message: failed };
        },
        (error: unknown) => {
          notice = { ok: false, message: `${failed} ${String(error)}` };
        },
      ),
    );
  const actions: PopupActions = {
    enableSite(host) {
      if (!isHost(host)) return;
      // Asked first and at once, while the click still counts as the user's gesture: access to this one site only.
      const asked = chrome.permissions.request({ origins: [sitePattern(host)] });
      // Should Chrome's prompt close the popup before the answer comes, the worker turns the site on from this note.
      const noted = chrome.storage.session.set({ [PENDING_SITE_KEY]: host }).catch(() => undefined);
      const enabled = Promise.all([asked, noted]).then(async ([granted]) => {
        if (granted) return send<SiteAnswer | undefined>({ type: "enable-site", host });
        await chrome.storage.session.remove(PENDING_SITE_KEY);
        return { ok: false, message: t("popupAccessRefused", host) } as const;
      });
      answered(enabled, t("popupTurnOnFailed", host));
    },
    disableSite(host) {
      const disabled = send<SiteAnswer | undefined>({ type: "disable-site", host });
      answered(disabled, t("popupTurnOffFailed", host));
    },
    setSiteEnabled(enabled) {
      const site = tab?.site;
      if (site === undefined) return;
      after(
        disabledSites().then((sites) => {
          const others = sites.filter((known) => known !== site);
          return chrome.storage.local.set({ [LOCAL_KEYS.disabledSites]: enabled ? others : [...others, site] });
        }),
      );
    },
    setPaused(paused) {
      if (!tab) return;
      const tabId = tab.id;
      const told: Message = { type: "set-paused", paused };
      // The content script may not be there (the page was open before Tact was installed): the record still counts.
      const content = chrome.tabs.sendMessage(tabId, told).catch(() => undefined);
      after(Promise.all([send({ type: "set-paused", paused, tabId }), content]));
    },
    resetSession() {
      after(send({ type: "reset-stats" }));
    },
    download,
  };
  renderPopup(root, first.data, actions);
  performance.mark("tact-popup-rendered");

  // A post counted, a preset installed or a site switched while the popup is open shows at once: any change to
  // Tact's stored state renders the popup again, one render at a time, the last change always rendered.
  let rendering: Promise<void> | null = null;
  let changedSince = false;
  const renderLatest = () => {
    if (rendering) {
      changedSince = true;
      return;
    }
    rendering = refresh()
      .catch(showError)
      .finally(() => {
        rendering = null;
        if (changedSince) {
          changedSince = false;
          renderLatest();
        }
      });
  };
  chrome.storage.onChanged.addListener((_changes, area) => {
    if (area === "local") renderLatest();
  });
}

function showError(error: unknown): void {
  const root = document.getElementById("popup");
  if (root) root.textContent = t("popupLoadFailed", String(error));
}

localizePage(document);
main().catch(showError);
