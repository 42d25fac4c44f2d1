// The table of site adapters, and the pure look-ups on it: which adapter serves a page, its composers, its submits.

import { bluesky } from "./bluesky";
import { facebook } from "./facebook";
import { generic } from "./generic";
import { instagram } from "./instagram";
import { linkedin } from "./linkedin";
import { mastodon } from "./mastodon";
import { reddit } from "./reddit";
import { threads } from "./threads";
import type { SiteAdapter, SubmitKey } from "./types";
import { x } from "./x";
import { youtube } from "./youtube";

/** Every site adapter, the generic fallback last. */
export const ADAPTERS: readonly SiteAdapter[] = [
  x,
  linkedin,
  facebook,
  reddit,
  mastodon,
  bluesky,
  youtube,
  threads,
  instagram,
  generic,
];

/** Whether `hostname` is `host` itself or one of its subdomains (`old.reddit.com`, `www.linkedin.com`). */
export function hostMatches(hostname: string, host: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return name === host || name.endsWith(`.${host}`);
}

/**
 * The adapter for a page: by host name first, then by DOM signature (Mastodon on any domain), else the generic one.
 * `document` only needs `querySelector`, so this stays testable without a browser.
 */
export function adapterFor(
  location: { hostname: string },
  document: Pick<Document, "querySelector">,
  adapters: readonly SiteAdapter[] = ADAPTERS,
): SiteAdapter {
  const byHost = adapters.find((adapter) => adapter.hosts.some((host) => hostMatches(location.hostname, host)));
  if (byHost) return byHost;
  const byDom = adapters.find((adapter) => adapter.domSignature && document.querySelector(adapter.domSignature));
  return byDom ?? generic;
}

/**
 * The composer root that holds `target` (the element that got focus or input), or null when it is not in one: the
 * site's own selectors first, then any plain text box (sites change, and not every box is in the table).
 */
export function composerFor(adapter: SiteAdapter, target: Element): HTMLElement | null {
  for (const selector of [...adapter.composers, ...generic.composers]) {
    const match = target.closest(selector);
    if (match) return match as HTMLElement;
  }
  return null;
}

/**
 * The composers on a page (or under one root), outermost only. When some sit in a modal layer (X's `#layers`), the
 * ones outside it are behind the modal and left out.
 */
export function findComposers(adapter: SiteAdapter, root: ParentNode): HTMLElement[] {
  const found = new Set<HTMLElement>();
  for (const selector of adapter.composers) {
    for (const element of root.querySelectorAll<HTMLElement>(selector)) found.add(element);
  }
  const outermost = [...found].filter((element) => ![...found].some((other) => other !== element && other.contains(element)));
  const scopes = adapter.modalScopes ?? [];
  const inModal = outermost.filter((element) => scopes.some((scope) => element.closest(scope)));
  return inModal.length > 0 ? inModal : outermost;
}

/** The submit control that holds `target` (a click's target), matched by selector or by its visible text. */
export function submitControlFor(adapter: SiteAdapter, target: Element): Element | null {
  for (const selector of adapter.submitButtons) {
    const match = target.closest(selector);
    if (match) return match;
  }
  for (const { selector, texts } of adapter.submitButtonTexts ?? []) {
    const match = target.closest(selector);
    if (match && texts.includes((match.textContent ?? "").trim())) return match;
  }
  return null;
}

/** The keys that send the post from this composer. */
export function submitKeysFor(adapter: SiteAdapter, composer: Element): SubmitKey[] {
  const special = (adapter.submitKeysWithin ?? []).find(({ within }) => composer.closest(within));
  return special ? special.keys : adapter.submitKeys;
}
