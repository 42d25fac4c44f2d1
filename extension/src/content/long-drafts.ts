// Keeps checking bounded on any draft: a long draft is checked in two passes (at once, only the paragraph an edit
// touched, its findings spliced into the last report; the whole draft once typing rests), and a draft longer than
// any site accepts is not checked at all, so neither a paste of megabytes nor typing in a long post can stall a page.

import type { Finding, Report } from "../shared/report";

/** From this length (UTF-16 code units) a draft is checked in two passes: the edited paragraph, then all at rest. */
export const LONG_DRAFT_CHARS = 20_000;
/** How long typing must rest before a long draft is checked whole. */
export const REST_MS = 500;
/**
 * The longest draft Tact checks: longer than any supported site takes in one post (Facebook's 63,206 characters is
 * the most), so a longer one is a paste that will not be posted as it is. Past it nothing is checked or held.
 */
export const MAX_CHECKED_CHARS = 100_000;

/** Why a draft was not checked: it is longer than {@link MAX_CHECKED_CHARS}. */
export class DraftTooLong extends Error {
  constructor(readonly length: number) {
    super(`the draft is ${length} characters; Tact checks drafts up to ${MAX_CHECKED_CHARS}`);
    this.name = "DraftTooLong";
  }
}

/** What one edit changed: `[start, oldEnd)` of the old text became `[start, newEnd)` of the new one. */
export interface Edit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The edit between two texts, found by their common start and end. */
export function editBetween(before: string, after: string): Edit {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < shorter - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/** The most text a quick pass checks on each side of an edit, where a paragraph is longer. */
export const QUICK_REACH_CHARS = 1_000;

/**
 * The paragraph (between line breaks) of `text` that holds `[start, end)`. A paragraph longer than the edit and
 * {@link QUICK_REACH_CHARS} on each side (a long draft pasted as one line) is cut to the sentences around the edit
 * within that reach, so that a quick pass never checks more than about 2,000 characters.
 */
export function paragraphAround(text: string, start: number, end: number): { from: number; to: number } {
  const before = text.lastIndexOf("\n", Math.max(0, start - 1));
  const after = text.indexOf("\n", end);
  let from = before < 0 ? 0 : before + 1;
  let to = after < 0 ? text.length : after;
  if (start - from > QUICK_REACH_CHARS) from = sentenceStartAfter(text, start - QUICK_REACH_CHARS, start);
  if (to - end > QUICK_REACH_CHARS) to = sentenceEndBefore(text, end, end + QUICK_REACH_CHARS);
  return { from, to };
}

const SENTENCE_END = /[.!?…]\s/g;

/** The start of the first sentence that begins in `[low, high)`, or `low` when none does. */
function sentenceStartAfter(text: string, low: number, high: number): number {
  SENTENCE_END.lastIndex = low;
  const found = SENTENCE_END.exec(text);
  return found && found.index + found[0].length <= high ? found.index + found[0].length : low;
}

/** The end of the last sentence that ends in `[low, high)`, or `high` when none does. */
function sentenceEndBefore(text: string, low: number, high: number): number {
  let last = high;
  SENTENCE_END.lastIndex = low;
  for (let found = SENTENCE_END.exec(text); found && found.index < high; found = SENTENCE_END.exec(text))
    last = found.index + 1;
  return last;
}

/**
 * The report of `after` made from the report of `before` and a fresh check of the paragraph an edit touched
 * (`paragraph`, whose offsets start at 0): findings before the paragraph stay, findings after it move by the edit's
 * length, the paragraph's are the fresh ones. The scores and their explanation stay those of the last whole check
 * (their spans moved the same way) until the next one.
 */
export function spliceReport(
  previous: Report,
  edit: Edit,
  span: { from: number; to: number },
  paragraph: Report,
): Report {
  const delta = edit.newEnd - edit.oldEnd;
  const oldTo = span.to - delta;
  /** Where an old offset range lies now, or null when it lay in the paragraph checked afresh. */
  const moved = (start: number, end: number): [number, number] | null => {
    if (end <= span.from && end <= edit.start) return [start, end];
    if (start >= oldTo && start >= edit.oldEnd) return [start + delta, end + delta];
    return null;
  };
  const findings: Finding[] = [];
  for (const finding of previous.findings) {
    const at = moved(finding.start, finding.end);
    if (at) findings.push({ ...finding, start: at[0], end: at[1] });
  }
  for (const finding of paragraph.findings)
    findings.push({ ...finding, start: finding.start + span.from, end: finding.end + span.from });
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  const explanation = Object.fromEntries(
    Object.entries(previous.explanation).map(([axis, contributions]) => [
      axis,
      contributions.map((contribution) => ({
        ...contribution,
        spans: (contribution.spans ?? []).flatMap(([start, end]) => {
          const at = moved(start, end);
          return at ? [at] : [];
        }),
      })),
    ]),
  ) as Report["explanation"];
  return { ...previous, findings, explanation };
}
