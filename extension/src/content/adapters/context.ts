// Reads the text of the post being replied to, where the site shows it next to the composer.

import { cleanText } from "../text";
import type { ReplyContextSelector, SiteAdapter } from "./types";

/** The parent post's text for this composer, from the adapter's first reply-context rule that finds any, or null. */
export function readReplyContext(adapter: SiteAdapter, composer: Element): string | null {
  for (const rule of adapter.replyContext) {
    const text = pickedBy(rule, composer).map(visibleText).filter(Boolean).join("\n\n");
    if (text) return text;
  }
  return null;
}

/** The elements showing the post being answered, as the first reply-context rule that finds any picks them. */
export function replyContextElements(adapter: SiteAdapter, composer: Element): Element[] {
  for (const rule of adapter.replyContext) {
    const picked = pickedBy(rule, composer).filter((element) => element.textContent?.trim());
    if (picked.length > 0) return picked;
  }
  return [];
}

function pickedBy(rule: ReplyContextSelector, composer: Element): Element[] {
  const container = composer.closest(rule.container);
  if (!container) return [];
  // Never read the draft itself, nor a block that wraps the composer (a whole thread, say).
  const candidates = [...container.querySelectorAll(rule.text)].filter(
    (element) => !element.contains(composer) && !composer.contains(element),
  );
  return pick(candidates, rule.pick ?? "first", composer);
}

function pick(candidates: Element[], how: NonNullable<ReplyContextSelector["pick"]>, composer: Element): Element[] {
  if (how === "all") return candidates;
  if (how === "first") return candidates.slice(0, 1);
  const before = candidates.filter(
    (element) => element.compareDocumentPosition(composer) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  return before.slice(-1);
}

function visibleText(element: Element): string {
  const raw = element instanceof HTMLElement ? element.innerText : (element.textContent ?? "");
  return cleanText(raw)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
