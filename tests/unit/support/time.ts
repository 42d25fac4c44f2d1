// Moves node:test's mocked clock forward in small steps, as real time passes: each timer runs at its own time, and a
// timer set by another runs later in the same advance (one big `tick` would run them all at its end).

import { mock } from "node:test";

export function advance(ms: number, step = 10): void {
  if (ms === 0) mock.timers.tick(0);
  for (let passed = 0; passed < ms; passed += step) mock.timers.tick(Math.min(step, ms - passed));
}
