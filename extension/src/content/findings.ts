// Which of a report's findings the UI shows (not the ones dismissed for this draft, nor rules the user turned off),
// and which of them are strengths ("What works") rather than issues.

import type { Finding } from "../shared/report";

/** Tags an element Tact draws for a finding with the finding's test hooks: its rule, principle and effect. */
export function tagWithFinding(element: HTMLElement, finding: Finding): void {
  element.dataset.rule = finding.rule;
  element.dataset.principle = finding.principle;
  element.dataset.effect = finding.effect;
}

/**
 * What identifies a dismissed finding while the draft changes around it: the rule and the words it is about (not
 * their offsets, which move as the user types). Dismissing "obviously" once hides that finding wherever it moves.
 */
export function dismissalKey(finding: Finding, text: string): string {
  return `${finding.rule}\u0000${text.slice(finding.start, finding.end).toLowerCase()}`;
}

/** The findings to draw, in text order: valid spans only, without dismissed ones and turned-off rules. */
export function visibleFindings(
  findings: readonly Finding[],
  text: string,
  dismissed: ReadonlySet<string>,
  disabledRules: ReadonlySet<string>,
): Finding[] {
  return findings
    .filter((finding) => validSpan(finding, text.length))
    .filter((finding) => !disabledRules.has(finding.rule) && !dismissed.has(dismissalKey(finding, text)))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

function validSpan(finding: Finding, length: number): boolean {
  const { start, end } = finding;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length;
}

/** The findings whose span holds the caret at `offset` (a caret touching a span's either end counts), shortest first. */
export function findingsAt(findings: readonly Finding[], offset: number): Finding[] {
  return findings
    .filter((finding) => finding.start <= offset && offset <= finding.end && finding.start < finding.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
}

/** Whether a finding is something the draft does well: listed under "What works", never underlined or counted as a problem. */
export function isStrength(finding: Finding): boolean {
  return finding.effect === "strength";
}

/** The findings split into issues and strengths, each in the order given. */
export function byEffect(findings: readonly Finding[]): { issues: Finding[]; strengths: Finding[] } {
  return { issues: findings.filter((finding) => !isStrength(finding)), strengths: findings.filter(isStrength) };
}

/**
 * The rule ids that found an issue, each once, in the order they first appear (what a post's stats record: the popup
 * lists what to work on, so strengths are not counted).
 */
export function firedRules(findings: readonly Finding[]): string[] {
  return [...new Set(byEffect(findings).issues.map((finding) => finding.rule))];
}

/** Whether a finding the card shows is still the same finding in a newer report of the same draft. */
export function sameFinding(a: Finding, aText: string, b: Finding, bText: string): boolean {
  return a.rule === b.rule && aText.slice(a.start, a.end) === bText.slice(b.start, b.end);
}
