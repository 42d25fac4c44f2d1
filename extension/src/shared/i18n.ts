// Every word Tact shows, by key, from the browser's message catalog (_locales/LOCALE/messages.json through
// chrome.i18n, in the browser's UI language, English where a locale lacks a key). The keys and their values are
// typed by generated/messages.ts (scripts/messages.mjs), so a missing key or a wrong number of values does not compile.

import type { MessageArgs, MessageKey } from "./generated/messages";

export type { MessageKey } from "./generated/messages";

/** One entry of a messages.json catalog. */
export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Catalog = Record<string, CatalogEntry>;

type Lookup = (key: string, values: string[]) => string;

let lookup: Lookup = (key, values) => chrome.i18n.getMessage(key, values);

/** The message `key` in the user's language, its substitutions filled in with `values` (in order). */
export function t<K extends MessageKey>(key: K, ...values: MessageArgs[K]): string {
  return lookup(key, values) || key;
}

/** Where chrome.i18n is not (the unit tests in node): messages come from `catalog` instead. */
export function useCatalog(catalog: Catalog): void {
  lookup = (key, values) => messageOf(catalog, key, values);
}

/**
 * A catalog's message with its substitutions filled in as the browser does: `$name$` is the placeholder's content,
 * in which `$1`..`$9` are the values; `$$` is a dollar sign. Unknown keys give "".
 */
export function messageOf(catalog: Catalog, key: string, values: readonly string[]): string {
  const entry = catalog[key];
  if (!entry) return "";
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, placeholder]) => [name.toLowerCase(), placeholder.content]),
  );
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, position: string) => values[Number(position) - 1] ?? "");
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = placeholders.get(name.toLowerCase());
      return content === undefined ? whole : fill(content);
    })
    .replaceAll("$$", "$");
}

/** Each item of `items` joined as a list is written in the user's language ("a, b, c"). */
export function listOf(items: readonly string[]): string {
  return items.join(t("listSeparator"));
}

/** "N suggestion(s)" and the like: the singular message for 1, the plural one otherwise. */
export function counted(
  count: number,
  one: "suggestionsOne" | "strengthsOne",
  many: "suggestionsMany" | "strengthsMany",
): string {
  return t(count === 1 ? one : many, String(count));
}
