// Sites the user turned Tact on for, beyond the manifest's: which pages can be offered, their match pattern and
// content-script id, and how the stored list, the granted permissions and the registrations are brought into step.

/** chrome.storage.local key of the hosts the user turned Tact on for (string[], e.g. ["social.example.org"]). */
export const ENABLED_SITES_KEY = "enabledSites";

/**
 * chrome.storage.session key of the host the popup is asking Chrome about (a string). Chrome's prompt can close the
 * popup before the popup hears the answer; then the worker, told by `chrome.permissions.onAdded`, turns it on.
 */
export const PENDING_SITE_KEY = "pendingSite";

/** Every content script Tact registers for a user's site has this id prefix, followed by the host. */
export const SCRIPT_ID_PREFIX = "tact-site-";

/** Loopback hosts, served over plain http (the manifest's optional_host_permissions allow them for local testing). */
const LOOPBACK = new Set(["localhost", "127.0.0.1"]);

/** The match pattern Tact asks permission for and registers its content script on, for one host. */
export function sitePattern(host: string): string {
  return `${LOOPBACK.has(host) ? "http" : "https"}://${host}/*`;
}

/** The registered content script's id for one host: stable, so registering twice is noticed, never doubled. */
export function scriptId(host: string): string {
  return `${SCRIPT_ID_PREFIX}${host}`;
}

/** The host a registered content script serves, or null when the id is not one of Tact's user sites. */
export function hostOfScriptId(id: string): string | null {
  const host = id.startsWith(SCRIPT_ID_PREFIX) ? id.slice(SCRIPT_ID_PREFIX.length) : "";
  return host === "" ? null : host;
}

/**
 * The host Tact can be turned on for from a tab showing `url`: any https page, or a loopback http page; null for
 * anything else (chrome:// pages, files, plain http on the internet, a URL that does not parse). The port does not
 * count: a match pattern covers every port of its host.
 */
export function siteOfUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase().replace(/\.$/, "");
  if (!host || !["https:", "http:"].includes(parsed.protocol)) return null;
  return sitePattern(host).startsWith(parsed.protocol) ? host : null;
}

/** Whether `host` is a host name as `siteOfUrl` gives it (lower case, no port, no path, no wildcard). */
export function isHost(host: string): boolean {
  return /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(host) && siteOfUrl(sitePattern(host).replace(/\*$/, "")) === host;
}

/**
 * Whether the granted permission pattern `granted` (from chrome.permissions.getAll) covers every page of `host`:
 * the same scheme (or `*`), and the host itself, a `*.` wildcard over it or its parent (in Chrome `*.a.org` covers
 * `a.org` too), or `*`. `<all_urls>` covers everything.
 */
export function grantCovers(granted: string, host: string): boolean {
  if (granted === "<all_urls>") return true;
  const match = /^(\*|https?):\/\/([^/]+)\/(.*)$/.exec(granted);
  if (!match) return false;
  const [, scheme = "", grantedHost = "", path = ""] = match;
  const wanted = sitePattern(host).split(":")[0];
  if (scheme !== "*" && scheme !== wanted) return false;
  if (path !== "*") return false;
  const name = grantedHost.replace(/:\d+$/, "").toLowerCase();
  if (name === "*") return true;
  if (name.startsWith("*.")) return host === name.slice(2) || host.endsWith(name.slice(1));
  return host === name;
}

/** What the stored list, the granted permissions and the registered scripts look like now. */
export interface SitesState {
  /** The stored `enabledSites` value, whatever was stored there. */
  stored: unknown;
  /** The origins Chrome has granted (chrome.permissions.getAll().origins). */
  granted: readonly string[];
  /** The ids of the content scripts registered now (chrome.scripting.getRegisteredContentScripts). */
  registered: readonly string[];
}

/** The steps that bring them into step. */
export interface SitesPlan {
  /** The list to store: the stored hosts that still have their permission, each once, in their order. */
  enabled: string[];
  /** Hosts to register a content script for (enabled, granted, not registered yet). */
  register: string[];
  /** Registered ids of Tact's user sites that must go (turned off, or their permission was removed). */
  unregister: string[];
}

/**
 * Reconciles the user's sites with what Chrome grants: a host keeps its content script only while its permission is
 * granted, so a permission removed anywhere (the popup, chrome://extensions) also removes the registration and
 * the host from the list. Registrations of other ids (not Tact's user sites) are left alone.
 */
export function reconcileSites(state: SitesState): SitesPlan {
  const stored = Array.isArray(state.stored) ? state.stored : [];
  const enabled = [
    ...new Set(stored.filter((host): host is string => typeof host === "string" && isHost(host))),
  ].filter((host) => state.granted.some((granted) => grantCovers(granted, host)));
  const registeredHosts = new Set(state.registered.map(hostOfScriptId).filter((host) => host !== null));
  return {
    enabled,
    register: enabled.filter((host) => !registeredHosts.has(host)),
    unregister: state.registered.filter((id) => {
      const host = hostOfScriptId(id);
      return host !== null && !enabled.includes(host);
    }),
  };
}
