// The engine's pre-post decision as JavaScript sees it (mirrors src/preset/policy.rs `Decision`).

import type { Finding } from "./report";

export type GateMode = "off" | "warn" | "hold";

/** A score past its threshold. */
export interface Crossed {
  score: "listening" | "respect" | "promotion";
  value: number;
  threshold: number;
  direction: "above" | "below";
  message: string;
}

/** Whether the post waits for the pre-post check, in which mode, and the top issues it lists. */
export interface Decision {
  show: boolean;
  mode: GateMode;
  crossed: Crossed[];
  issues: Finding[];
}
