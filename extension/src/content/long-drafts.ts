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

/** The paragraph (between line breaks) of `text` that holds `[start, end)`, widened to whole lines. */
export function paragraphAround(text: string, start: number, end: number): { from: number; to: number } {
  const from = text.lastIndexOf("\n", Math.max(0, start - 1));
  const to = text.indexOf("\n", end);
  return { from: from < 0 ? 0 : from + 1, to: to < 0 ? text.length : to };
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
