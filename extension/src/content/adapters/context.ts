// Reads the text of the post being replied to, where the site shows it next to the composer.

import { cleanText } from "../text";
import type { ReplyContextSelector, SiteAdapter } from "./types";

/** The parent post's text for this composer, from the adapter's first reply-context rule that finds any, or null. */
export function readReplyContext(adapter: SiteAdapter, composer: Element): string | null {
  for (const rule of adapter.replyContext) {
    const text = readRule(rule, composer);
    if (text) return text;
  }
  return null;
}

function readRule(rule: ReplyContextSelector, composer: Element): string | null {
  const container = composer.closest(rule.container);
  if (!container) return null;
  // Never read the draft itself, nor a block that wraps the composer (a whole thread, say).
  const candidates = [...container.querySelectorAll(rule.text)].filter(
    (element) => !element.contains(composer) && !composer.contains(element),
  );
  const picked = pick(candidates, rule.pick ?? "first", composer);
  const text = picked.map(visibleText).filter(Boolean).join("\n\n");
  return text || null;
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
