// What a score means to a person: its axis's name and direction, its verdict (good, worth a look, needs work) against
// the active preset's thresholds, and the words that moved it most (from the report's explanation).

import { listOf, type MessageKey, t } from "./i18n";
import type { Verdict } from "./palette";
import type { Contribution, Principle, Report, Scores } from "./report";

export type Axis = keyof Scores;

/** The three scores in the order the UI shows them. */
export const AXES: readonly Axis[] = ["listening", "respect", "promotion"];

/** Each axis as people read it: its name and its letter in a compact badge (message keys), and which way is better. */
export const AXIS_INFO: Record<
  Axis,
  { label: MessageKey; letter: MessageKey; higherIsBetter: boolean; principle: Principle }
> = {
  listening: { label: "axisListening", letter: "axisListeningLetter", higherIsBetter: true, principle: "listening" },
  respect: { label: "axisRespect", letter: "axisRespectLetter", higherIsBetter: true, principle: "respecting" },
  promotion: { label: "axisPromotion", letter: "axisPromotionLetter", higherIsBetter: false, principle: "promotion" },
};

/** An axis's name in the user's language ("Respect"). */
export function axisName(axis: Axis): string {
  return t(AXIS_INFO[axis].label);
}

/** An axis's letter in a compact badge ("R"). */
export function axisLetter(axis: Axis): string {
  return t(AXIS_INFO[axis].letter);
}

/** Which way an axis is better, in words ("lower is better"). */
export function directionOf(axis: Axis): string {
  return t(AXIS_INFO[axis].higherIsBetter ? "directionHigher" : "directionLower");
}

const VERDICT_KEYS: Record<Verdict, MessageKey> = { good: "verdictGood", look: "verdictLook", work: "verdictWork" };

/** What a verdict says in words (the chip's shape and colour say it too). */
export function verdictWords(verdict: Verdict): string {
  return t(VERDICT_KEYS[verdict]);
}

const PRINCIPLE_KEYS: Record<Principle, MessageKey> = {
  listening: "principleListening",
  suspending: "principleSuspending",
  respecting: "principleRespecting",
  voicing: "principleVoicing",
  promotion: "principlePromotion",
};

/** How people read a principle's name ("Your own voice"); an unknown one as it is named. */
export function principleName(principle: string): string {
  return principle in PRINCIPLE_KEYS ? t(PRINCIPLE_KEYS[principle as Principle]) : principle;
}

/** One score's check in the active preset (`presetInfo()`'s `listening`, `respect`, `promotion`). */
export interface ScoreCheck {
  enabled: boolean;
  warnAbove?: number;
  warnBelow?: number;
}

/** The active preset's checks, by axis; an axis without one uses Tact's own limits. */
export type Thresholds = Partial<Record<Axis, ScoreCheck>>;

/**
 * The limit past which a score needs work when the preset sets none: the built-in default preset's respect and
 * promotion limits, and the same for listening.
 */
export const DEFAULT_LIMITS: Record<Axis, number> = { listening: 0.3, respect: 0.4, promotion: 0.7 };

/** How far on the good side of its limit a score is still worth a look. */
export const LOOK_MARGIN = 0.2;

/** The limit that counts for an axis: the preset's (when its check is on and sets one), else Tact's own. */
export function limitOf(axis: Axis, thresholds: Thresholds | null): number {
  const check = thresholds?.[axis];
  const own = AXIS_INFO[axis].higherIsBetter ? check?.warnBelow : check?.warnAbove;
  return check && check.enabled !== false && typeof own === "number" && Number.isFinite(own)
    ? own
    : DEFAULT_LIMITS[axis];
}

/** A score's verdict: past its limit it needs work, within `LOOK_MARGIN` of it it is worth a look, else good. */
export function verdictOf(axis: Axis, score: number, thresholds: Thresholds | null): Verdict {
  const limit = limitOf(axis, thresholds);
  if (AXIS_INFO[axis].higherIsBetter) {
    if (score < limit) return "work";
    return score < limit + LOOK_MARGIN ? "look" : "good";
  }
  if (score > limit) return "work";
  return score > limit - LOOK_MARGIN ? "look" : "good";
}

/** Whether the engine read the draft: false for a draft in another language (its scores are neutral, not measured). */
export function isReadable(report: Report): boolean {
  return report.language !== "other";
}

/** What Tact says instead of scores for a draft it does not read. */
export function englishOnly(): string {
  return t("englishOnly");
}

/** One of the things that moved a score: the words, and by how many points (signed, on the 0-100 scale). */
export interface Driver {
  feature: string;
  words: string;
  points: number;
}

/**
 * The features that moved `axis` most, strongest first: each by its words in the draft (a rule's first finding, a
 * word's own span), skipping the remainder ("other") and anything under half a point. Features on the same words
 * ("Calm down" as condescension and as an order) are one driver, their points added.
 */
export function topDrivers(report: Report, text: string, axis: Axis, count = 3): Driver[] {
  const terms: readonly Contribution[] = report.explanation?.[axis] ?? [];
  const merged = new Map<string, { feature: string; words: string; delta: number }>();
  for (const term of terms) {
    if (term.feature === "other") continue;
    const words = wordsOf(term, report, text);
    const key = words.toLowerCase().replace(/[\s.,;:!?]+$/u, "");
    const known = merged.get(key);
    if (known) known.delta += term.delta;
    else merged.set(key, { feature: term.feature, words: words.replace(/[\s.,;:]+$/u, ""), delta: term.delta });
  }
  return [...merged.values()]
    .map((driver) => ({ feature: driver.feature, words: driver.words, points: Math.round(driver.delta * 100) }))
    .filter((driver) => driver.points !== 0)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
    .slice(0, count);
}

function wordsOf(term: Contribution, report: Report, text: string): string {
  const span = term.spans?.[0];
  if (span && span[0] < span[1] && span[1] <= text.length) return text.slice(span[0], span[1]);
  if (term.feature.startsWith("word:")) return term.feature.slice("word:".length);
  const finding = report.findings.find((found) => found.rule === term.feature && found.start < found.end);
  if (finding && finding.end <= text.length) return text.slice(finding.start, finding.end);
  return term.feature.replace(/^[a-z]+\./, "").replaceAll("-", " ");
}

/** A signed number of points as people write it: "+4", "−9" (a real minus sign). */
export function signed(points: number): string {
  return points < 0 ? `\u2212${Math.abs(points)}` : `+${points}`;
}

/** The words that moved a score, as a list: “Calm down” −9, “obviously” −6. */
export function driversText(drivers: readonly Driver[]): string {
  return listOf(drivers.map((driver) => t("driver", driver.words, signed(driver.points))));
}
