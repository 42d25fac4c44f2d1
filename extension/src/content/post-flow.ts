// The pre-post check's flow: hold a press of Post, ask the user (Edit or Post anyway), send the held post on, say
// "press Post again" when the site ignored it, and count the post once the site took it. The check belongs to its
// composer, and with no working engine nothing is held. Every failure lets the post go, the draft untouched.

import { findComposers } from "./adapters/index";
import type { SiteAdapter } from "./adapters/types";
import type { CardItem } from "./card";
import type { Checked, DraftChecker } from "./checking";
import { firedRules } from "./findings";
import type { Decision, GateChoice } from "./gate";
import type { ReportProblem } from "./problems";
import { controlOf, isDisabledControl, pressAgainControl, type SubmitAttempt } from "./submit";
import { cleanText, isTextField, readText } from "./text";
import { type Clock, poll, withTimeout } from "./timing";
import type { Message, PostSentEvent, PrePostCheckEvent } from "../shared/messages";
import type { Report, Scores } from "../shared/report";

/** How long a held post waits for a check that was not ready; past it, the post goes out unchecked. */
export const DECISION_TIMEOUT_MS = 1500;
/** How long after a submit the composer has to empty (or go away) for the post to count as sent. */
export const POST_CONFIRM_MS = 5000;
/** How long a post Tact sent on has to show that the site took it before the user is asked to press Post again. */
export const RESEND_CONFIRM_MS = 2000;
/** How often an open check looks whether its composer is still on the page. */
export const COMPOSER_WATCH_MS = 250;
/** How long after sending a held post on the focus goes back to the composer: the site empties it first. */
export const FOCUS_AFTER_REPLAY_MS = 50;

/** The check's dialog and its "press again" note, as the flow uses them (gate.ts `Gate`). */
export interface GateView {
  readonly isOpen: boolean;
  ask(decision: Decision, items: CardItem[], anchor: DOMRect): Promise<GateChoice>;
  cancel(): void;
  showPressAgain(control: string, anchor: DOMRect): void;
  hidePressAgain(): void;
}

/** What the flow is handed: the engine, the clock, the session's lifetime, and the rest of the content script. */
export interface PostFlowParts {
  adapter: SiteAdapter;
  clock: Clock;
  /** Aborted when Tact is switched off on this page: every wait of the flow ends. */
  signal: AbortSignal;
  checker: DraftChecker;
  /** The check of the composer the user writes in, as last made while typing. */
  latest(): Checked | null;
  /** A check made when Post was pressed becomes the one the badge and underlines show. */
  adopt(checked: Checked): void;
  /** The scores of the draft's first check, for "improved after feedback". */
  firstScores(composer: HTMLElement): Scores | null;
  /** A post went out from `composer`: its draft is forgotten and a new one starts. */
  posted(composer: HTMLElement): void;
  /** The check's dialog, created if need be; `existingGate` gives it only if it was created. */
  gate(): GateView;
  existingGate(): GateView | null;
  /** Before the check opens: the card closes and the editor's selection is kept, to be given back. */
  beforeCheck(composer: HTMLElement): void;
  /** Gives the keyboard back to the editor, where the user left the caret. */
  giveBackFocus(): void;
  /** Opens the card on every suggestion for the draft, with the keyboard in it ("Show all suggestions"). */
  showAllSuggestions(): void;
  /** Sends a held submit again, exactly as the user made it. */
  replay(attempt: SubmitAttempt): void;
  /** A stats event for the service worker. */
  send(message: Message): void;
  problem: ReportProblem;
}

/**
 * A draft the user chose to post as it is (Post anyway, or a held post let go): until it is sent or edited, its
 * submits go straight to the site. A site that ignores the events Tact sends on (it checks `isTrusted`) then gets the
 * user's own next press.
 */
interface Approved {
  composer: HTMLElement;
  text: string;
  report: Report | null;
  /** For a thread (several composers, one Post): every composer's text at approval, joined; see `threadKey`. */
  thread?: string;
}

/** The check open now, and the composer and press it is for. */
interface OpenCheck {
  composer: HTMLElement;
  attempt: SubmitAttempt;
}

export class PostFlow {
  private approved: Approved | null = null;
  private open: OpenCheck | null = null;
  /** Composers whose post is being confirmed (see `confirmPost`). */
  private readonly confirming = new WeakSet<HTMLElement>();

  constructor(private readonly parts: PostFlowParts) {
    parts.signal.addEventListener("abort", () => {
      this.approved = null;
      this.open = null;
    });
  }

  /** Whether a check is open, and for which composer. */
  get openFor(): HTMLElement | null {
    return this.open?.composer ?? null;
  }

  /**
   * A submit of `composer`'s draft: true holds it for the check. Synchronous on purpose: the event must be stopped
   * (or let go) before the site sees it. Any failure here lets it go.
   */
  submit(attempt: SubmitAttempt, composer: HTMLElement): boolean {
    try {
      const open = this.open;
      if (open) {
        if (open.composer === composer && composer.isConnected) return true; // the open check decides for this post
        this.closeCheck(); // a check left for another composer, or for one that went away, decides nothing here
      }
      const thread = this.threadOf(composer);
      if (thread.length > 1) return this.submitThread(attempt, composer, thread);
      const text = readText(composer);
      if (!text.trim()) return false;
      const approved = this.approved;
      if (approved && approved.composer === composer && approved.text === text) {
        // The user already chose to post this very draft: their own press goes to the site as it is.
        if (approved.report) this.confirmPost(composer, approved.report);
        return false;
      }
      const checked = this.parts.latest();
      if (checked && checked.composer === composer && checked.text === text) {
        if (!checked.decision().show) {
          this.confirmPost(composer, checked.report);
          return false;
        }
        this.showCheck(attempt, checked);
        return true;
      }
      // With no working engine nothing is held: a site that takes only real presses would need a second one.
      if (!this.parts.checker.works) return false;
      this.decideLater(attempt, composer, text);
      return true;
    } catch (error) {
      this.parts.problem("holding the post for the check", error);
      this.closeCheck();
      return false;
    }
  }

  /** The user edited `composer`: a draft approved as it was is checked again at its next submit. */
  edited(composer: HTMLElement): void {
    const approved = this.approved;
    if (approved && approved.composer === composer && readText(composer) !== approved.text) this.withdrawApproval();
  }

  /** `composer` left the page: its check closes (nothing is sent), and its approval goes. */
  composerGone(composer: HTMLElement): void {
    if (this.open?.composer === composer) this.closeCheck();
    if (this.approved?.composer === composer) this.withdrawApproval();
  }

  /** Closes the open check without sending anything. */
  private closeCheck(): void {
    this.open = null;
    this.parts.existingGate()?.cancel();
  }

  /** The composers with text that one Post sends together with `composer` (itself included), in page order. */
  private threadOf(composer: HTMLElement): HTMLElement[] {
    const scope = this.parts.adapter.threadScope ? composer.closest(this.parts.adapter.threadScope) : null;
    if (!scope) return [];
    return findComposers(this.parts.adapter, scope).filter((other) => other === composer || !isBlank(other));
  }

  /**
   * A Post that sends several drafts (Threads' "Add to thread"): each is checked, and the Post is held once, listing
   * the issues of every draft that crosses the thresholds. Any failure lets the Post go, the drafts untouched.
   */
  private submitThread(attempt: SubmitAttempt, composer: HTMLElement, thread: HTMLElement[]): boolean {
    const key = threadKey(thread);
    const approved = this.approved;
    if (approved && approved.composer === composer && approved.thread === key && approved.text === readText(composer)) {
      return false;
    }
    const drafts = thread.filter((member) => !isBlank(member));
    if (drafts.length === 0 || !this.parts.checker.works) return false;
    const checks = Promise.all(drafts.map((member) => this.parts.checker.check(member, readText(member))));
    withTimeout(checks, DECISION_TIMEOUT_MS, this.parts.clock, "checking the thread at Post")
      .then((checkedDrafts) => {
        const crossing = checkedDrafts.filter((draft) => draft.decision().show);
        const report = checkedDrafts.find((draft) => draft.composer === composer)?.report ?? checkedDrafts[0].report;
        if (this.parts.signal.aborted || crossing.length === 0 || threadKey(this.threadOf(composer)) !== key) {
          this.release(attempt, composer, report, key);
          return;
        }
        const decision: Decision = {
          ...crossing[0].decision(),
          issues: crossing.flatMap((draft) => draft.decision().issues),
        };
        const items = crossing.flatMap((draft) => issueItems(draft.decision(), draft.text));
        this.ask(attempt, composer, report, decision, items, key);
      })
      .catch((error: unknown) => {
        this.parts.problem("checking the thread at Post", error);
        this.release(attempt, composer, null, key);
      });
    return true;
  }

  /** The draft was not checked yet: check it now, within a time limit, then hold or send. */
  private decideLater(attempt: SubmitAttempt, composer: HTMLElement, text: string): void {
    withTimeout(this.parts.checker.check(composer, text), DECISION_TIMEOUT_MS, this.parts.clock, "checking at Post")
      .then((checked) => {
        if (
          this.parts.signal.aborted ||
          !composer.isConnected ||
          !checked.decision().show ||
          readText(composer) !== text
        ) {
          this.release(attempt, composer, checked.report);
          return;
        }
        this.parts.adopt(checked);
        this.showCheck(attempt, checked);
      })
      .catch((error: unknown) => {
        this.parts.problem("checking at Post", error);
        this.release(attempt, composer, null);
      });
  }

  private showCheck(attempt: SubmitAttempt, checked: Checked): void {
    const decision = checked.decision();
    this.ask(attempt, checked.composer, checked.report, decision, issueItems(decision, checked.text));
  }

  /** Shows the check for a held post, then sends it (Post anyway) or gives the editor back (Edit). */
  private ask(
    attempt: SubmitAttempt,
    composer: HTMLElement,
    report: Report,
    decision: Decision,
    items: CardItem[],
    thread?: string,
  ): void {
    const gate = this.parts.gate();
    this.parts.beforeCheck(composer);
    this.parts.send({
      type: "pre-post-check",
      site: this.parts.adapter.id,
      outcome: "shown",
    } satisfies PrePostCheckEvent);
    const asked = gate.ask(decision, items, composer.getBoundingClientRect());
    const open: OpenCheck = { composer, attempt };
    this.open = open;
    this.watchComposer(open);
    asked
      .then((choice) => {
        if (this.open === open) this.open = null;
        if (choice.outcome === "cancelled") return;
        if (choice.outcome === "edited") {
          this.parts.send({ type: "pre-post-check", site: this.parts.adapter.id, outcome: "edited" });
          if (choice.showAll) this.parts.showAllSuggestions();
          else this.parts.giveBackFocus();
          return;
        }
        const event: PrePostCheckEvent = {
          type: "pre-post-check",
          site: this.parts.adapter.id,
          outcome: "posted-anyway",
        };
        const reason = choice.outcome === "posted-anyway" ? choice.reason : undefined;
        if (reason) event.reason = reason;
        this.parts.send(event);
        this.release(attempt, composer, report, thread);
      })
      .catch((error: unknown) => {
        this.parts.problem("asking before the post", error);
        if (this.open === open) this.open = null;
        this.release(attempt, composer, report, thread);
      });
  }

  /** Closes the check as soon as its composer leaves the page (a site closing its reply dialog, a navigation). */
  private watchComposer(open: OpenCheck): void {
    poll(
      this.parts.clock,
      this.parts.signal,
      { first: COMPOSER_WATCH_MS, every: COMPOSER_WATCH_MS, within: Number.POSITIVE_INFINITY },
      () => {
        if (this.open !== open) return true;
        if (open.composer.isConnected) return false;
        this.composerGone(open.composer);
        return true;
      },
      () => undefined,
      (error) => this.parts.problem("watching the composer of the check", error),
    );
  }

  /**
   * Sends a held post as the user made it; the draft is never touched. The draft stays approved until it is sent or
   * edited, and if the site shows no sign of taking the post Tact sent on, the user is told that pressing Post again
   * sends it (a site that only takes trusted events ignores Tact's). A composer that left the page has nothing to
   * send, and a control that left it is never pressed: the user's own press does it.
   */
  private release(attempt: SubmitAttempt, composer: HTMLElement, report: Report | null, thread?: string): void {
    if (!composer.isConnected) return;
    let text: string | null = null;
    try {
      text = readText(composer);
      this.approved = thread === undefined ? { composer, text, report } : { composer, text, report, thread };
    } catch (error) {
      this.parts.problem("keeping the draft approved", error); // whatever failed in Tact, the post still goes
    }
    const control = controlOf(attempt);
    // A control already gone when the post is sent on takes nothing; its going away later is a sign the site took it.
    const watched = control?.isConnected ? control : null;
    const sent = stillThere(attempt);
    if (sent) {
      try {
        this.parts.replay(attempt);
      } catch (error) {
        this.parts.problem("sending the held post on", error);
      }
    }
    // The focus goes back only once the site has had its turn with the post: focused in the same task as the replay,
    // Draft.js under React 18 has not taken the focus in when X empties it, believes itself blurred, and the next
    // draft's first keystroke lands out of place ("hanks for raising this, SamT").
    this.parts.clock.after(FOCUS_AFTER_REPLAY_MS, () => {
      try {
        if (composer.isConnected) this.parts.giveBackFocus();
      } catch (error) {
        this.parts.problem("giving the focus back after the post", error);
      }
    });
    if (text === null) return;
    if (report) this.confirmPost(composer, report);
    if (sent) this.awaitResent(attempt, composer, text, watched);
    else this.askToPressAgain(attempt, composer);
  }

  /** Watches a post Tact sent on; when the site has not taken it after a moment, asks the user to press again. */
  private awaitResent(attempt: SubmitAttempt, composer: HTMLElement, text: string, control: HTMLElement | null): void {
    poll(
      this.parts.clock,
      this.parts.signal,
      { first: 100, every: 100, within: RESEND_CONFIRM_MS },
      () => {
        const approved = this.approved;
        if (approved?.composer !== composer || approved.text !== text) return true; // sent, edited, or Tact went off
        if (postTaken(composer, control)) return true;
        if (readText(composer) !== text) {
          this.withdrawApproval();
          return true;
        }
        return false;
      },
      () => this.askToPressAgain(attempt, composer),
      (error) => this.parts.problem("watching the post Tact sent on", error),
    );
  }

  private askToPressAgain(attempt: SubmitAttempt, composer: HTMLElement): void {
    this.parts.gate().showPressAgain(pressAgainControl(attempt), composer.getBoundingClientRect());
  }

  /** The approved draft was sent or changed: its next submit is checked again, and the press-again note goes. */
  private withdrawApproval(): void {
    this.approved = null;
    this.parts.existingGate()?.hidePressAgain();
  }

  /**
   * Counts the post once the site has taken it (its composer empties or goes away), with first and final scores;
   * once per post, though one press of Post can reach Tact as a click and then as its form's submit. The emptied
   * composer then starts a new draft, even when the site emptied it without an edit event (old Reddit).
   */
  private confirmPost(composer: HTMLElement, report: Report): void {
    if (this.confirming.has(composer)) return;
    this.confirming.add(composer);
    const first = this.parts.firstScores(composer) ?? report.scores;
    poll(
      this.parts.clock,
      this.parts.signal,
      { first: 0, every: 100, within: POST_CONFIRM_MS },
      () => {
        if (composer.isConnected && !isBlank(composer)) return false;
        this.confirming.delete(composer);
        if (this.approved?.composer === composer) this.withdrawApproval();
        const event: PostSentEvent = {
          type: "post-sent",
          id: postId(),
          site: this.parts.adapter.id,
          first,
          final: report.scores,
          rules: firedRules(report.findings),
        };
        this.parts.send(event);
        this.parts.posted(composer);
        return true;
      },
      () => this.confirming.delete(composer),
      (error) => {
        this.confirming.delete(composer);
        this.parts.problem("counting the post", error);
      },
    );
  }
}

/** A post's identity: 128 random bits, as hex (crypto.randomUUID needs a secure page; this does not). */
export function postId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The texts of a thread's composers, in order, as one key: any edit to any of them makes a new key. */
function threadKey(thread: readonly HTMLElement[]): string {
  return JSON.stringify(thread.map((member) => readText(member)));
}

/** The check's list for one draft: its decision's issues, each with the words it is about. */
export function issueItems(decision: Decision, text: string): CardItem[] {
  return decision.issues
    .filter((finding) => finding.start >= 0 && finding.end <= text.length)
    .map((finding) => ({ finding, quote: text.slice(finding.start, finding.end) }));
}

/** Whether a composer holds no text at all (cheaper than reading its rendered text: no layout). */
export function isBlank(composer: HTMLElement): boolean {
  const raw = isTextField(composer) ? composer.value : (composer.textContent ?? "");
  return cleanText(raw).trim() === "";
}

/** Whether what a held submit went through (its control, its key's target, its form) is still on the page. */
function stillThere(attempt: SubmitAttempt): boolean {
  switch (attempt.kind) {
    case "click":
      return attempt.control.isConnected;
    case "key":
      return attempt.target.isConnected;
    case "form":
      return attempt.form.isConnected;
  }
}

/**
 * Whether a post Tact sent on shows that the site took it: its composer emptied, went away or stopped taking input
 * (sites lock it while the post is on its way), or the control it went through went away or was switched off.
 */
function postTaken(composer: HTMLElement, control: HTMLElement | null): boolean {
  if (!composer.isConnected || isBlank(composer)) return true;
  const locked = isTextField(composer) ? composer.readOnly || composer.disabled : !composer.isContentEditable;
  return locked || (control !== null && (!control.isConnected || isDisabledControl(control)));
}
