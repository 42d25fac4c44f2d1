// Checks a composer's draft with the engine it is handed, and knows whether that engine works: a post is only ever
// held on the word of an engine that answered.

import { readReplyContext } from "./adapters/context";
import type { SiteAdapter } from "./adapters/types";
import type { EngineHost, EngineWhere } from "./engine";
import { type Decision, NO_CHECK } from "./gate";
import {
  DraftTooLong,
  LONG_DRAFT_CHARS,
  MAX_CHECKED_CHARS,
  editBetween,
  paragraphAround,
  spliceReport,
} from "./long-drafts";
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
  /**
   * True for a long draft's quick pass (long-drafts.ts): only the edited paragraph was checked, the scores are the
   * last whole check's. It is drawn, never used to decide a post.
   */
  partial?: boolean;
}

/** What checks a draft: the engine, and whether it answered its last check. */
export interface DraftChecker {
  /** Checks the whole draft; a draft over MAX_CHECKED_CHARS is refused with DraftTooLong (nothing is held for it). */
  check(composer: HTMLElement, text: string): Promise<Checked>;
  /** The quick pass of a long draft: `previous` (of the same composer) brought to `text` by checking one paragraph. */
  checkEdit(previous: Checked, text: string): Promise<Checked>;
  /** Whether the engine answered its last check; false before its first answer and after a failed check. */
  readonly works: boolean;
}

/** Checks drafts with the engine `host` gives (loaded on first use), reading each composer's reply context. */
export class EngineChecker implements DraftChecker {
  private answered = false;

  /**
   * `host` checks drafts; `longHost` checks a long draft whole (LONG_DRAFT_CHARS and more), so that the check that
   * costs most can run off the page's main thread (the service worker's engine).
   */
  constructor(
    private readonly host: () => Promise<EngineHost>,
    private readonly adapter: SiteAdapter,
    private readonly problem: ReportProblem,
    private readonly longHost: () => Promise<EngineHost> = host,
  ) {}

  get works(): boolean {
    return this.answered;
  }

  async checkEdit(previous: Checked, text: string): Promise<Checked> {
    const edit = editBetween(previous.text, text);
    const span = paragraphAround(text, edit.start, edit.newEnd);
    const host = await this.host();
    const paragraph = await host.check(
      text.slice(span.from, span.to),
      readReplyContext(this.adapter, previous.composer),
    );
    const report = spliceReport(previous.report, edit, span, paragraph);
    return { ...previous, text, report, where: host.where, decision: () => NO_CHECK, partial: true };
  }

  async check(composer: HTMLElement, text: string): Promise<Checked> {
    if (text.length > MAX_CHECKED_CHARS) throw new DraftTooLong(text.length);
    let host: EngineHost;
    let report: Report;
    try {
      host = await (text.length >= LONG_DRAFT_CHARS ? this.longHost() : this.host());
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
