// Puts the catalog's words into an extension page's markup: each element with `data-i18n="key"` gets that message as
// its content (a message may mark words with <strong>, <em> or <kbd>, made into elements, never parsed as markup), and
// `data-i18n-attrs="placeholder:key aria-label:key"` sets attributes; the page's lang is the catalog's language.

import { type MessageKey, t } from "./i18n";

/** The only markup a message may hold: words in <strong>, <em> or <kbd>, not nested. */
const INLINE = /<(strong|em|kbd)>([^<]*)<\/\1>/g;

/** A message's text as nodes: its plain runs as text, its marked words as <strong>, <em> or <kbd> elements. */
export function richText(document: Document, message: string): Node[] {
  const nodes: Node[] = [];
  let at = 0;
  for (const match of message.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > at) nodes.push(document.createTextNode(message.slice(at, index)));
    const element = document.createElement(match[1]);
    element.textContent = match[2];
    nodes.push(element);
    at = index + match[0].length;
  }
  if (at < message.length) nodes.push(document.createTextNode(message.slice(at)));
  return nodes;
}

/** Fills `root`'s marked elements from the catalog (the keys come from the page: tests/unit/messages.test.ts checks them). */
export function localizePage(document: Document, root: ParentNode = document): void {
  document.documentElement.lang = t("languageTag");
  for (const element of root.querySelectorAll<HTMLElement>("[data-i18n]")) {
    element.replaceChildren(...richText(document, t(element.dataset.i18n as MessageKey)));
  }
  for (const element of root.querySelectorAll<HTMLElement>("[data-i18n-attrs]")) {
    for (const pair of (element.dataset.i18nAttrs ?? "").split(/\s+/).filter(Boolean)) {
      const [name, key] = pair.split(":");
      if (name && key) element.setAttribute(name, t(key as MessageKey));
    }
  }
}
