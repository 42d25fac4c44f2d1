// The user's switches the content script obeys: this site on or off, this tab paused, the rules turned off.

import { hostMatches } from "./adapters/hosts";
import type { SiteAdapter } from "./adapters/types";

/**
 * The site's name in the per-site switch: the adapter's host this page is on ("old.reddit.com" is "reddit.com"),
 * else the page's host name without `www.` (a Mastodon instance, a forum).
 */
export function siteKey(adapter: Pick<SiteAdapter, "hosts">, hostname: string): string {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return adapter.hosts.find((host) => hostMatches(name, host)) ?? name.replace(/^www\./, "");
}

/** A stored list of strings, whatever was stored: anything that is not a string is left out. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/** Whether Tact should check on this page now. */
export function isActive(site: string, disabledSites: readonly string[], paused: boolean): boolean {
  return !paused && !disabledSites.includes(site);
}
