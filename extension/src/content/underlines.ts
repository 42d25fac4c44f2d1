// Which findings share one underline: issues whose spans overlap (neither holding the other whole) are drawn as one
// underline over both, whose card lists them all; a finding that holds another whole (a sentence-wide one over a
// word) keeps its own underline, so the word's stays there to click; strengths are drawn each on its own.

import type { Finding } from "../shared/report";
import { isStrength } from "./findings";

/** One underline: the span it covers and the findings it stands for, in text order (the first gives its colour). */
export interface Underline {
  start: number;
  end: number;
  findings: Finding[];
}

/** Whether two spans are the same, or overlap with neither holding the other whole: then they share an underline. */
export function shareUnderline(a: Finding, b: Finding): boolean {
  if (a.start === b.start && a.end === b.end) return true;
  const overlap = a.start < b.end && b.start < a.end;
  const aHoldsB = a.start <= b.start && b.end <= a.end;
  const bHoldsA = b.start <= a.start && a.end <= b.end;
  return overlap && !aHoldsB && !bHoldsA;
}

/**
 * The underlines of `findings` (empty spans have none), in text order. Issues that share an underline, directly or
 * through a chain of others, are one underline over all their words.
 */
export function underlinesOf(findings: readonly Finding[]): Underline[] {
  const byStart = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start - b.start || a.end - b.end;
  const drawable = findings.filter((finding) => finding.start < finding.end);
  const underlines: Underline[] = [];
  /** The issues' underlines that may still overlap a later issue (they end after its start). */
  let open: Underline[] = [];
  for (const issue of drawable.filter((finding) => !isStrength(finding)).sort(byStart)) {
    open = open.filter((underline) => underline.end > issue.start);
    const joined = open.filter((underline) => underline.findings.some((member) => shareUnderline(member, issue)));
    const [into, ...others] = joined;
    if (!into) {
      const underline = { start: issue.start, end: issue.end, findings: [issue] };
      underlines.push(underline);
      open.push(underline);
      continue;
    }
    for (const other of others) {
      into.findings.push(...other.findings);
      into.start = Math.min(into.start, other.start);
      into.end = Math.max(into.end, other.end);
    }
    into.findings.push(issue);
    into.findings.sort(byStart);
    into.end = Math.max(into.end, issue.end);
    if (others.length > 0) {
      const merged = new Set(others);
      open = open.filter((underline) => !merged.has(underline));
      underlines.splice(0, underlines.length, ...underlines.filter((underline) => !merged.has(underline)));
    }
  }
  for (const strength of drawable.filter(isStrength))
    underlines.push({ start: strength.start, end: strength.end, findings: [strength] });
  return underlines.sort(byStart);
}
