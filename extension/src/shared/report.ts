// The engine's report as JavaScript sees it (mirrors src/engine/report.rs; offsets are UTF-16 code units).

export type Principle = "listening" | "suspending" | "respecting" | "voicing" | "promotion";

/** Whether a finding is something the draft does well ("What works") or something to fix. */
export type Effect = "strength" | "issue";

export interface Finding {
  rule: string;
  principle: Principle;
  /** Declared by the rule that made the finding; only issues are underlined as problems and counted. */
  effect: Effect;
  start: number;
  end: number;
  message: string;
  replacement?: string;
}

export interface Scores {
  listening: number;
  respect: number;
  promotion: number;
}

/** How much one feature moved one score: `feature` is a rule id, `word:<phrase>` or `other`. */
export interface Contribution {
  feature: string;
  /** In score units: the score minus what it would be without this feature. */
  delta: number;
  /** For a `word:` feature, the UTF-16 spans `[start, end)` of the word. */
  spans?: [number, number][];
}

/** `en` when the scores measure the text; `other` for another language, whose scores are neutral and unmeasured. */
export type Language = "en" | "other";

export interface Report {
  scores: Scores;
  findings: Finding[];
  explanation: { listening: Contribution[]; respect: Contribution[]; promotion: Contribution[] };
  /** Absent in reports from an older engine, which read English only too. */
  language?: Language;
}

/** A score in [0, 1] as the 0-100 integer the UI shows. */
export function percent(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}
