// The engine's report as JavaScript sees it (offsets are UTF-16 code units): the types are generated from
// src/engine/report.rs into generated/boundary.ts; this file adds what the UI computes from them.

export type {
  Contribution,
  Effect,
  Explanation,
  Finding,
  Language,
  Principle,
  Report,
  Scores,
} from "./generated/boundary";

/** A score in [0, 1] as the 0-100 integer the UI shows. */
export function percent(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}
