// What went wrong in Tact on this page: each failure recorded once, for the popup's "problems on this page", and
// never thrown into the page (the site and the draft go on untouched).

import type { PageProblem } from "../shared/messages";

/** At most this many kinds of failure are kept; later ones are only counted in `dropped`. */
export const MAX_PROBLEMS = 20;

/** Reports a failure: `doing` says what Tact was doing, `error` is what was thrown. */
export type ReportProblem = (doing: string, error: unknown) => void;

/** The page's problems: each distinct one once (with a count), off the console unless `logToConsole` says so. */
export class Problems {
  private readonly kept = new Map<string, PageProblem>();
  private extra = 0;

  /** `logToConsole` is read at each new problem (a setting the user can turn on for a bug report). */
  constructor(private readonly logToConsole: () => boolean = () => false) {}

  readonly report: ReportProblem = (doing, error) => {
    const message = describe(error);
    const key = `${doing}\n${message}`;
    const known = this.kept.get(key);
    if (known) {
      known.count++;
      return;
    }
    if (this.kept.size >= MAX_PROBLEMS) {
      this.extra++;
      return;
    }
    this.kept.set(key, { doing, message, count: 1 });
    try {
      if (this.logToConsole()) console.warn(`Tact: ${doing}: ${message}`);
    } catch {
      // A console the page replaced may throw: the problem is still listed.
    }
  };

  /** What the popup shows, oldest first. */
  list(): PageProblem[] {
    return [...this.kept.values()].map((problem) => ({ ...problem }));
  }

  /** Failures past `MAX_PROBLEMS` kinds, counted but not described. */
  get dropped(): number {
    return this.extra;
  }

  /**
   * Runs a step of Tact so that a failure never reaches the page: it is reported, and the step's promise (if any)
   * is watched the same way.
   */
  guard(doing: string, step: () => unknown): void {
    try {
      const result = step();
      if (result instanceof Promise) result.catch((error: unknown) => this.report(doing, error));
    } catch (error) {
      this.report(doing, error);
    }
  }
}

/** An error's own message, whatever was thrown. */
function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  try {
    return String(error);
  } catch {
    return "an unprintable error";
  }
}
