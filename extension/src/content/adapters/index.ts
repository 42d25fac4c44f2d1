// The table of site adapters, and the pure look-ups on it: which adapter serves a page, its composers, its submits.

import { bluesky } from "./bluesky";
import { facebook } from "./facebook";
import { generic, learntSubmitKeys } from "./generic";
import { hostMatches } from "./hosts";
import { instagram } from "./instagram";
import { linkedin } from "./linkedin";
import { mastodon } from "./mastodon";
import { reddit } from "./reddit";
import { threads } from "./threads";
import { tryPage } from "./try-page";
import type { DialogSubmit, SiteAdapter, SubmitKey } from "./types";
import { x } from "./x";
import { youtube } from "./youtube";

export { hostMatches } from "./hosts";

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
  tryPage,
  generic,
];

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
  const outermost = [...found].filter(
    (element) => ![...found].some((other) => other !== element && other.contains(element)),
  );
  const scopes = adapter.modalScopes ?? [];
  const inModal = outermost.filter((element) => scopes.some((scope) => element.closest(scope)));
  return inModal.length > 0 ? inModal : outermost;
}

/**
 * The submit control that holds `target` (a click's target): matched by selector, by its visible text, or, given the
 * active composer, by its place as the submit of the composer's dialog (see `DialogSubmit`).
 */
export function submitControlFor(adapter: SiteAdapter, target: Element, composer?: Element | null): Element | null {
  for (const selector of adapter.submitButtons) {
    const match = target.closest(selector);
    if (match) return match;
  }
  for (const { selector, texts } of adapter.submitButtonTexts ?? []) {
    const match = target.closest(selector);
    if (match && texts.includes((match.textContent ?? "").trim())) return match;
  }
  if (adapter.dialogSubmit && composer) {
    const match = target.closest(adapter.dialogSubmit.control);
    if (match && match === dialogSubmitOf(adapter.dialogSubmit, composer)) return match;
  }
  return null;
}

/**
 * The submit of the dialog that holds `composer`: the last control (outermost, shown, with text) after the composer,
 * or null when the composer is in no dialog or nothing with text follows it.
 */
export function dialogSubmitOf(rule: DialogSubmit, composer: Element): Element | null {
  const dialog = composer.closest(rule.dialog);
  if (!dialog) return null;
  const candidates = [...dialog.querySelectorAll(rule.control)].filter(
    (control) =>
      !control.contains(composer) &&
      !composer.contains(control) &&
      (composer.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
      control.getAttribute("aria-hidden") !== "true" &&
      control.getClientRects().length > 0 &&
      (control.textContent ?? "").trim() !== "",
  );
  const outermost = candidates.filter(
    (control) => !candidates.some((other) => other !== control && other.contains(control)),
  );
  return outermost.at(-1) ?? null;
}

/** The keys that send the post from this composer. */
export function submitKeysFor(adapter: SiteAdapter, composer: Element): SubmitKey[] {
  const special = (adapter.submitKeysWithin ?? []).find(({ within }) => closestOrNull(composer, within));
  if (special) return special.keys;
  return adapter.id === generic.id ? learntSubmitKeys(composer) : adapter.submitKeys;
}

/** `closest()` that takes a selector this browser cannot parse (`:has()` before Chrome 105) as matching nothing. */
function closestOrNull(element: Element, selector: string): Element | null {
  try {
    return element.closest(selector);
  } catch {
    return null;
  }
}
