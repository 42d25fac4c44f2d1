// Checks a composer's draft with the engine it is handed, and knows whether that engine works: a post is only ever
// held on the word of an engine that answered.

import { readReplyContext } from "./adapters/context";
import type { SiteAdapter } from "./adapters/types";
import type { EngineHost, EngineWhere } from "./engine";
import { type Decision, NO_CHECK } from "./gate";
import type { ReportProblem } from "./problems";
import type { Report } from "../shared/report";
import type { Thresholds } from "../shared/verdict";

/** A composer's draft as checked. */
export interface Checked {
  composer: HTMLElement;
  text: string;
  report: Report;
  where: EngineWhere;
  /** The active preset's score checks, for the badge's verdicts (null: Tact's own limits). */
  thresholds: Thresholds | null;
  /** The pre-post decision, asked of the engine only when Post is pressed (not on every keystroke). */
  decision(): Decision;
}

/** What checks a draft: the engine, and whether it answered its last check. */
export interface DraftChecker {
  check(composer: HTMLElement, text: string): Promise<Checked>;
  /** Whether the engine answered its last check; false before its first answer and after a failed check. */
  readonly works: boolean;
}

/** Checks drafts with the engine `host` gives (loaded on first use), reading each composer's reply context. */
export class EngineChecker implements DraftChecker {
  private answered = false;

  constructor(
    private readonly host: () => Promise<EngineHost>,
    private readonly adapter: SiteAdapter,
    private readonly problem: ReportProblem,
  ) {}

  get works(): boolean {
    return this.answered;
  }

  async check(composer: HTMLElement, text: string): Promise<Checked> {
    let host: EngineHost;
    let report: Report;
    try {
      host = await this.host();
      report = await host.check(text, readReplyContext(this.adapter, composer));
    } catch (error) {
      this.answered = false;
      throw error;
    }
    this.answered = true;
    let decision: Decision | null = null;
    const decide = () => {
      try {
        decision ??= host.decide(report) ?? NO_CHECK;
      } catch (error) {
        this.problem("deciding whether the post waits", error);
        decision = NO_CHECK; // an engine that cannot decide holds nothing back
      }
      return decision;
    };
    let thresholds: Thresholds | null = null;
    try {
      thresholds = host.thresholds();
    } catch (error) {
      this.problem("reading the preset's thresholds", error);
    }
    return { composer, text, report, where: host.where, thresholds, decision: decide };
  }
}
