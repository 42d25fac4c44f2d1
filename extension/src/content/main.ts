// The content script: finds the composer the user writes in, checks the draft as they type, draws the badge, the
// underlines and the card, applies rewrites, and holds the post for the pre-post check. It fails open: whatever goes
// wrong in Tact, the site's editor and the user's post go on untouched.

import { adapterFor, composerFor, findComposers } from "./adapters/index";
import { readReplyContext } from "./adapters/context";
import { generic } from "./adapters/generic";
import type { SiteAdapter } from "./adapters/types";
import { Badge, CARD_SHORTCUT } from "./badge";
import { Card, type CardItem } from "./card";
import { configureEngine, engineHost, type EngineWhere } from "./engine";
import { byEffect, dismissalKey, firedRules, sameFinding, visibleFindings } from "./findings";
import { Gate, NO_CHECK, type Decision } from "./gate";
import { Highlighter } from "./highlights";
import { Overlay, type Theme } from "./overlay";
import { isActive, siteKey, stringList } from "./settings";
import { controlOf, isDisabledControl, pressAgainControl, SubmitWatcher, type SubmitAttempt } from "./submit";
import { cleanText, isTextField, readText } from "./text";
import { siteTheme } from "./theme";
import { applyRewrite } from "./write";
import {
  LOCAL_KEYS,
  type DraftCheckedEvent,
  type Message,
  type PostSentEvent,
  type PrePostCheckEvent,
  type TabState,
} from "../shared/messages";
import { presetLayers } from "../shared/preset-store";
import type { Finding, Report, Scores } from "../shared/report";

/** How long to wait after the last edit before checking, per engine location (the worker costs a message). */
const DEBOUNCE_MS = { page: 0, worker: 80 } as const;
/** How long a held post waits for a check that was not ready; past it, the post goes out unchecked. */
const DECISION_TIMEOUT_MS = 1500;
/** How long the tab's pause state may take to arrive before Tact starts as not paused (a set-paused still wins). */
const SETTINGS_TIMEOUT_MS = 300;
/** How long after a submit the composer has to empty (or go away) for the post to count as sent. */
const POST_CONFIRM_MS = 5000;
/** How long a post Tact sent on has to show that the site took it before the user is asked to press Post again. */
const RESEND_CONFIRM_MS = 2000;

/** The draft in the active composer as last checked. */
interface Checked {
  composer: HTMLElement;
  text: string;
  report: Report;
  where: EngineWhere;
  /** The pre-post decision, asked of the engine only when Post is pressed (not on every keystroke). */
  decision(): Decision;
}

/** What Tact remembers about one composer's current draft; forgotten when the draft is emptied (posted). */
interface DraftMemory {
  first: Scores | null;
  dismissed: Set<string>;
  counted: boolean;
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

/** Everything Tact draws, created on the first report and removed when Tact is switched off here. */
interface Ui {
  overlay: Overlay;
  badge: Badge;
  highlighter: Highlighter;
  card: Card;
  gate: Gate;
}

class Session {
  private ui: Ui | null = null;
  private active: HTMLElement | null = null;
  private checked: Checked | null = null;
  private readonly memories = new WeakMap<HTMLElement, DraftMemory>();
  private timer: number | undefined;
  private generation = 0;
  private approved: Approved | null = null;
  /** Composers whose post is being confirmed (see `confirmPost`). */
  private readonly confirming = new WeakSet<HTMLElement>();
  /** Counts the checks asked for, so that several edits in one task make one check. */
  private scheduled = 0;
  private readonly observer = new MutationObserver(() => this.guard(() => this.edited()));
  private readonly resizes = new ResizeObserver(() => this.guard(() => this.place()));
  private readonly watcher: SubmitWatcher;
  private readonly site: string;
  private theme: Theme | null = null;
  /** The card lists every finding (opened from the badge) or only some (opened on an underline). */
  private cardScope: { all: true } | { all: false; findings: Finding[]; text: string } = { all: true };
  /** The editor selection to give back when the card or the check returns the focus. */
  private savedSelection: Range | null = null;

  private settingsKnown = false;
  private disabledSites: string[] = [];
  private disabledRules = new Set<string>();
  private paused = false;
  private readonly engineSettings: {
    preset: string | null;
    user: Record<string, unknown> | null;
    admin: object | null;
  } = {
    preset: null,
    user: null,
    admin: null,
  };

  constructor(private readonly adapter: SiteAdapter) {
    this.site = siteKey(adapter, location.hostname);
    this.watcher = new SubmitWatcher(adapter, () => this.ui?.overlay.host ?? null, {
      composer: () => (this.enabled && this.active?.isConnected ? this.active : null),
      submit: (attempt, composer) => this.onSubmit(attempt, composer),
    });
  }

  private get enabled(): boolean {
    return this.settingsKnown && isActive(this.site, this.disabledSites, this.paused);
  }

  start(): void {
    document.addEventListener("focusin", (event) => this.guard(() => this.onFocus(event)), true);
    document.addEventListener("input", (event) => this.guard(() => this.onInput(event)), true);
    window.addEventListener("keydown", (event) => this.guard(() => this.onKey(event)), true);
    window.addEventListener("click", (event) => this.guard(() => this.onClick(event)), true);
    window.addEventListener("scroll", () => this.guard(() => this.place()), { capture: true, passive: true });
    window.addEventListener("resize", () => this.guard(() => this.place()), { passive: true });
    this.watcher.start();
    this.listenToSettings();
  }

  // ---- Settings: per-site on/off, tab pause, rules turned off; each change applies at once. ----

  private listenToSettings(): void {
    chrome.storage.onChanged.addListener((changes, area) =>
      this.guard(() => {
        if (area !== "local") return;
        const values = Object.fromEntries(Object.entries(changes).map(([key, change]) => [key, change.newValue]));
        this.readSettings(values, Object.keys(changes));
        this.applyEnabled();
      }),
    );
    chrome.runtime.onMessage.addListener((message: Message, _sender, sendResponse) => {
      if (message.type !== "set-paused") return false;
      this.guard(() => {
        this.paused = message.paused === true;
        this.applyEnabled();
      });
      sendResponse({ ok: true });
      return false;
    });
    const keys = Object.values(LOCAL_KEYS);
    const local = chrome.storage.local.get(keys).then((stored) => this.readSettings(stored, keys));
    const tab = Promise.race([
      chrome.runtime.sendMessage({ type: "get-tab-state" } satisfies Message),
      new Promise<undefined>((resolve) => window.setTimeout(resolve, SETTINGS_TIMEOUT_MS)),
    ]).then((state: TabState | undefined) => {
      this.paused = state?.paused === true;
    });
    // Whatever fails to load leaves its default (on): switches are honoured as soon as they are known.
    Promise.allSettled([local, tab]).then(() =>
      this.guard(() => {
        this.settingsKnown = true;
        this.applyEnabled();
      }),
    );
  }

  /** Takes in the stored settings named in `keys` (from a first read or a change); the engine is rebuilt if need be. */
  private readSettings(values: Record<string, unknown>, keys: readonly string[]): void {
    if (keys.includes(LOCAL_KEYS.disabledSites)) this.disabledSites = stringList(values[LOCAL_KEYS.disabledSites]);
    if (keys.includes(LOCAL_KEYS.disabledRules))
      this.disabledRules = new Set(stringList(values[LOCAL_KEYS.disabledRules]));
    const preset = values[LOCAL_KEYS.preset];
    const user = values[LOCAL_KEYS.userChoices];
    if (keys.includes(LOCAL_KEYS.preset)) {
      const layers = presetLayers(preset);
      this.engineSettings.preset = layers.json;
      this.engineSettings.admin = layers.admin;
    }
    if (keys.includes(LOCAL_KEYS.userChoices)) {
      this.engineSettings.user = typeof user === "object" && user !== null ? (user as Record<string, unknown>) : null;
    }
    const engineKeys: string[] = [LOCAL_KEYS.disabledRules, LOCAL_KEYS.preset, LOCAL_KEYS.userChoices];
    if (keys.some((key) => engineKeys.includes(key))) {
      configureEngine({ ...this.engineSettings, disabledRules: [...this.disabledRules] });
      this.checked = null;
      this.render();
      this.schedule();
    }
  }

  private applyEnabled(): void {
    if (!this.enabled) {
      window.clearTimeout(this.timer);
      this.generation++;
      this.observer.disconnect();
      this.resizes.disconnect();
      this.active = null;
      this.checked = null;
      this.approved = null;
      this.ui?.gate.cancel();
      this.ui?.card.close(false);
      this.ui?.highlighter.clear();
      this.ui?.overlay.remove();
      this.ui = null;
      return;
    }
    if (!this.active) {
      const focused = deepActiveElement();
      if (focused) this.attach(focused);
    }
  }

  // ---- Finding the composer and following its edits. ----

  private onFocus(event: FocusEvent): void {
    if (!this.enabled) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement) this.attach(target);
  }

  private onInput(event: Event): void {
    if (!this.enabled || !this.active) return;
    const target = event.composedPath()[0];
    if (target instanceof Node && (target === this.active || this.active.contains(target))) this.edited();
  }

  private attach(target: HTMLElement): void {
    if (this.ui?.overlay.host.contains(target)) return;
    const composer = composerFor(this.adapter, target) ?? composerFor(generic, target);
    if (!composer || composer === this.active) return;
    this.active = composer;
    this.checked = null;
    this.theme = null;
    this.ui?.card.close(false);
    this.ui?.highlighter.clear();
    this.observer.disconnect();
    this.observer.observe(composer, { characterData: true, childList: true, subtree: true });
    this.resizes.disconnect();
    this.resizes.observe(composer);
    this.watcher.watchTreeOf(composer);
    this.schedule();
  }

  /** An edit: stale underlines go at once, an emptied composer starts a new draft, and a check follows. */
  private edited(): void {
    this.ui?.highlighter.revalidate();
    const approved = this.approved;
    if (approved && approved.composer === this.active && readText(approved.composer) !== approved.text)
      this.withdrawApproval();
    // Seen on every edit, not only by the next check: a draft cleared and retyped between two checks is a new one.
    if (this.active && isBlank(this.active)) this.memories.delete(this.active);
    this.schedule();
  }

  /**
   * Checks the draft after an edit. With the engine in the page, at the end of the edit's own task (a microtask, so
   * the badge is updated before the browser paints the keystroke); with the worker, after a pause in typing.
   */
  private schedule(): void {
    if (!this.enabled) return;
    window.clearTimeout(this.timer);
    const ticket = ++this.scheduled;
    engineHost().then(
      (host) => {
        if (ticket !== this.scheduled) return; // a later edit in the same task asked again: it runs instead
        const delay = DEBOUNCE_MS[host.where];
        if (delay === 0) this.guard(() => this.run());
        else this.timer = window.setTimeout(() => this.guard(() => this.run()), delay);
      },
      () => undefined,
    );
  }

  private memoryOf(composer: HTMLElement): DraftMemory {
    let memory = this.memories.get(composer);
    if (!memory) {
      memory = { first: null, dismissed: new Set(), counted: false };
      this.memories.set(composer, memory);
    }
    return memory;
  }

  private async run(): Promise<void> {
    const composer = this.active;
    if (!this.enabled || !composer) return;
    if (!composer.isConnected) {
      this.hideAll();
      return;
    }
    const text = readText(composer);
    const memory = this.memoryOf(composer);
    if (!text.trim()) {
      this.memories.delete(composer); // a new draft starts: its dismissals and first scores are its own
      this.checked = null;
      this.hideAll();
      return;
    }
    const generation = ++this.generation;
    const checked = await this.check(composer, text);
    if (generation !== this.generation || composer !== this.active || !this.enabled) return; // a newer edit won
    this.checked = checked;
    memory.first ??= checked.report.scores;
    this.render();
    if (!memory.counted) {
      memory.counted = true;
      this.send({ type: "draft-checked", site: this.adapter.id } satisfies DraftCheckedEvent);
    }
  }

  private async check(composer: HTMLElement, text: string): Promise<Checked> {
    const host = await engineHost();
    const report = await host.check(text, readReplyContext(this.adapter, composer));
    let decision: Decision | null = null;
    const decide = () => {
      try {
        decision ??= host.decide(report) ?? NO_CHECK;
      } catch {
        decision = NO_CHECK; // an engine that cannot decide holds nothing back
      }
      return decision;
    };
    return { composer, text, report, where: host.where, decision: decide };
  }

  // ---- Drawing. ----

  private ensureUi(): Ui {
    if (!this.ui) {
      const overlay = new Overlay();
      const card = new Card(overlay, {
        apply: (finding) => this.apply(finding),
        dismiss: (finding) => this.guard(() => this.dismiss(finding)),
        turnOff: (finding) => this.guard(() => this.turnOff(finding)),
        closed: (returnFocus) =>
          this.guard(() => {
            this.ui?.badge.setExpanded(false);
            if (returnFocus) this.focusComposer();
          }),
      });
      this.ui = {
        overlay,
        badge: new Badge(overlay, () => this.guard(() => this.openCard(null, true))),
        highlighter: new Highlighter(overlay),
        card,
        gate: new Gate(overlay),
      };
    }
    return this.ui;
  }

  /** The findings the user sees for the checked draft. */
  private shown(checked: Checked): Finding[] {
    const memory = this.memoryOf(checked.composer);
    return visibleFindings(checked.report.findings, checked.text, memory.dismissed, this.disabledRules);
  }

  private render(): void {
    const checked = this.checked;
    if (!checked || !this.enabled) return;
    const ui = this.ensureUi();
    this.theme ??= siteTheme(checked.composer);
    ui.overlay.setTheme(this.theme);
    const shown = this.shown(checked);
    const { issues, strengths } = byEffect(shown);
    const counts = { issues: issues.length, strengths: strengths.length };
    ui.badge.show(checked.composer, checked.report, checked.where, counts, checked.text.length);
    ui.highlighter.draw(checked.composer, checked.text, shown, this.theme);
    if (ui.card.isOpen) ui.card.update(this.cardItems(checked, shown));
  }

  private cardItems(checked: Checked, shown: Finding[]): CardItem[] {
    const scope = this.cardScope;
    const listed = scope.all
      ? shown
      : shown.filter((finding) => scope.findings.some((old) => sameFinding(old, scope.text, finding, checked.text)));
    return listed.map((finding) => ({ finding, quote: checked.text.slice(finding.start, finding.end) }));
  }

  private hideAll(): void {
    this.ui?.badge.hide();
    this.ui?.highlighter.clear();
    this.ui?.card.close(false);
  }

  private place(): void {
    this.ui?.badge.place();
    this.ui?.highlighter.place();
  }

  // ---- The card: by a click on an underline, from the badge, or with Alt+Enter in the editor. ----

  private onClick(event: MouseEvent): void {
    const ui = this.ui;
    const composer = this.active;
    if (!ui || !composer || !this.enabled) return;
    const path = event.composedPath();
    if (path.includes(ui.overlay.host)) return;
    if (!path.includes(composer)) {
      ui.card.close(false);
      return;
    }
    const findings = ui.highlighter.findingsAtPoint(event.clientX, event.clientY);
    if (findings.length > 0) this.openCard(findings, false);
    else ui.card.close(false);
  }

  private onKey(event: KeyboardEvent): void {
    const ui = this.ui;
    const composer = this.active;
    if (!ui || !composer || !this.enabled) return;
    const path = event.composedPath();
    if (path.includes(ui.overlay.host) || !path.includes(composer)) return;
    if (event.key === "Escape" && ui.card.isOpen) {
      // Only the card closes: the site's own dialog around the composer stays open.
      event.preventDefault();
      event.stopImmediatePropagation();
      ui.card.close(false);
    } else if (event.key === "Enter" && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      if (!this.checked || event.isComposing) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const atCaret = ui.highlighter.findingsAtCaret();
      this.openCard(atCaret.length > 0 ? atCaret : null, true);
    }
  }

  /** Opens the card on `findings`, or on all of them (null); `focus` moves the keyboard into it. */
  private openCard(findings: Finding[] | null, focus: boolean): void {
    const checked = this.checked;
    const ui = this.ui;
    if (!checked || !ui || readText(checked.composer) !== checked.text) return;
    this.cardScope = findings ? { all: false, findings, text: checked.text } : { all: true };
    this.saveSelection(checked.composer);
    const items = this.cardItems(checked, this.shown(checked));
    const anchor = findings
      ? (ui.highlighter.rectOf(findings[0]) ?? checked.composer.getBoundingClientRect())
      : ui.badge.element.getBoundingClientRect();
    ui.card.open(items, anchor, focus);
    ui.badge.setExpanded(true);
    if (focus && items.length === 0)
      ui.overlay.announce(`No suggestions for this draft. ${CARD_SHORTCUT} opens this list.`);
  }

  private async apply(finding: Finding): Promise<boolean> {
    const checked = this.checked;
    if (!checked || finding.replacement === undefined || finding.replacement === null) return false;
    const composer = checked.composer;
    if (!composer.isConnected || readText(composer) !== checked.text) return false; // the draft changed under the card
    try {
      const result = await applyRewrite(composer, this.adapter, finding.start, finding.end, finding.replacement);
      if (result.ok) {
        this.ui?.overlay.announce("Rewrite applied. Undo brings back your words.");
        this.savedSelection = null;
      }
      return result.ok;
    } catch {
      return false;
    } finally {
      this.schedule();
    }
  }

  private dismiss(finding: Finding): void {
    const checked = this.checked;
    if (!checked) return;
    this.memoryOf(checked.composer).dismissed.add(dismissalKey(finding, checked.text));
    this.ui?.overlay.announce("Dismissed for this draft.");
    this.render();
    if (this.ui?.card.isOpen && this.ui.card.findings.length === 0) this.ui.card.close(true);
  }

  private turnOff(finding: Finding): void {
    this.disabledRules.add(finding.rule);
    chrome.storage.local.set({ [LOCAL_KEYS.disabledRules]: [...this.disabledRules] }).catch(() => undefined);
    this.ui?.overlay.announce("Rule turned off. Turn it back on from Tact's settings.");
    this.render();
    if (this.ui?.card.isOpen && this.ui.card.findings.length === 0) this.ui.card.close(true);
  }

  private saveSelection(composer: HTMLElement): void {
    const selection = composer.ownerDocument.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    this.savedSelection = range && composer.contains(range.commonAncestorContainer) ? range.cloneRange() : null;
  }

  /** Gives the keyboard back to the editor, where the user left the caret. */
  private focusComposer(): void {
    const composer = this.active;
    if (!composer?.isConnected) return;
    composer.focus({ preventScroll: true });
    const range = this.savedSelection;
    this.savedSelection = null;
    if (range && composer.contains(range.commonAncestorContainer)) {
      composer.ownerDocument
        .getSelection()
        ?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
    }
  }

  // ---- The pre-post check. ----

  /**
   * A submit of `composer`'s draft: true holds it for the check. Synchronous on purpose: the event must be stopped
   * (or let go) before the site sees it. Any failure here lets it go.
   */
  private onSubmit(attempt: SubmitAttempt, composer: HTMLElement): boolean {
    try {
      const ui = this.ui;
      if (ui?.gate.isOpen) return true; // the open check decides for this post
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
      const checked = this.checked;
      if (checked && checked.composer === composer && checked.text === text) {
        if (!checked.decision().show) {
          this.confirmPost(composer, checked.report);
          return false;
        }
        this.showGate(attempt, checked);
        return true;
      }
      this.decideLater(attempt, composer, text);
      return true;
    } catch {
      this.ui?.gate.cancel();
      return false;
    }
  }

  /** The composers with text that one Post sends together with `composer` (itself included), in page order. */
  private threadOf(composer: HTMLElement): HTMLElement[] {
    const scope = this.adapter.threadScope ? composer.closest(this.adapter.threadScope) : null;
    if (!scope) return [];
    return findComposers(this.adapter, scope).filter((other) => other === composer || !isBlank(other));
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
    if (drafts.length === 0) return false;
    const timeout = new Promise<never>((_, reject) =>
      window.setTimeout(() => reject(new Error("the check took too long")), DECISION_TIMEOUT_MS),
    );
    const checks = Promise.all(drafts.map((member) => this.check(member, readText(member))));
    Promise.race([checks, timeout])
      .then((checkedDrafts) => {
        const crossing = checkedDrafts.filter((draft) => draft.decision().show);
        const report = checkedDrafts.find((draft) => draft.composer === composer)?.report ?? checkedDrafts[0].report;
        if (!this.enabled || crossing.length === 0 || threadKey(this.threadOf(composer)) !== key) {
          this.release(attempt, composer, report, key);
          return;
        }
        const decision: Decision = {
          ...crossing[0].decision(),
          issues: crossing.flatMap((draft) => draft.decision().issues),
        };
        const items = crossing.flatMap((draft) => issueItems(draft.decision(), draft.text));
        this.askGate(attempt, composer, report, decision, items, key);
      })
      .catch(() => this.release(attempt, composer, null, key));
    return true;
  }

  /** The draft was not checked yet: check it now, within a time limit, then hold or send. */
  private decideLater(attempt: SubmitAttempt, composer: HTMLElement, text: string): void {
    const timeout = new Promise<never>((_, reject) =>
      window.setTimeout(() => reject(new Error("the check took too long")), DECISION_TIMEOUT_MS),
    );
    Promise.race([this.check(composer, text), timeout])
      .then((checked) => {
        if (!this.enabled || !checked.decision().show || readText(composer) !== text) {
          this.release(attempt, composer, checked.report);
          return;
        }
        this.checked = checked;
        this.memoryOf(composer).first ??= checked.report.scores;
        this.render();
        this.showGate(attempt, checked);
      })
      .catch(() => this.release(attempt, composer, null));
  }

  private showGate(attempt: SubmitAttempt, checked: Checked): void {
    const decision = checked.decision();
    this.askGate(attempt, checked.composer, checked.report, decision, issueItems(decision, checked.text));
  }

  /** Shows the check for a held post, then sends it (Post anyway) or gives the editor back (Edit). */
  private askGate(
    attempt: SubmitAttempt,
    composer: HTMLElement,
    report: Report,
    decision: Decision,
    items: CardItem[],
    thread?: string,
  ): void {
    const ui = this.ensureUi();
    this.saveSelection(composer);
    ui.card.close(false);
    this.send({ type: "pre-post-check", site: this.adapter.id, outcome: "shown" } satisfies PrePostCheckEvent);
    ui.gate
      .ask(decision, items, composer.getBoundingClientRect())
      .then((choice) => {
        if (choice.outcome === "cancelled") return;
        if (choice.outcome === "edited") {
          this.send({ type: "pre-post-check", site: this.adapter.id, outcome: "edited" } satisfies PrePostCheckEvent);
          this.focusComposer();
          return;
        }
        const event: PrePostCheckEvent = { type: "pre-post-check", site: this.adapter.id, outcome: "posted-anyway" };
        const reason = choice.outcome === "posted-anyway" ? choice.reason : undefined;
        if (reason) event.reason = reason;
        this.send(event);
        this.release(attempt, composer, report, thread);
      })
      .catch(() => this.release(attempt, composer, report, thread));
  }

  /**
   * Sends a held post as the user made it; the draft is never touched. The draft stays approved until it is sent or
   * edited, and if the site shows no sign of taking the post Tact sent on, the user is told that pressing Post again
   * sends it (a site that only takes trusted events ignores Tact's).
   */
  private release(attempt: SubmitAttempt, composer: HTMLElement, report: Report | null, thread?: string): void {
    let text: string | null = null;
    try {
      text = readText(composer);
      this.approved = thread === undefined ? { composer, text, report } : { composer, text, report, thread };
      this.focusComposer();
    } catch {
      // Whatever failed in Tact, the post still goes.
    }
    const control = controlOf(attempt);
    // A control already gone when the post is sent on takes nothing; its going away later is a sign the site took it.
    const watched = control?.isConnected ? control : null;
    this.watcher.replay(attempt);
    if (text === null) return;
    if (report) this.confirmPost(composer, report);
    this.awaitResent(attempt, composer, text, watched);
  }

  /** Watches a post Tact sent on; when the site has not taken it after a moment, asks the user to press again. */
  private awaitResent(attempt: SubmitAttempt, composer: HTMLElement, text: string, control: HTMLElement | null): void {
    const since = performance.now();
    const poll = () =>
      this.guard(() => {
        const approved = this.approved;
        if (approved?.composer !== composer || approved.text !== text) return; // sent, edited, or Tact was turned off
        if (postTaken(composer, control)) return;
        if (readText(composer) !== text) {
          this.withdrawApproval();
        } else if (performance.now() - since < RESEND_CONFIRM_MS) {
          window.setTimeout(poll, 100);
        } else {
          this.ensureUi().gate.showPressAgain(pressAgainControl(attempt), composer.getBoundingClientRect());
        }
      });
    window.setTimeout(poll, 100);
  }

  /** The approved draft was sent or changed: its next submit is checked again, and the press-again note goes. */
  private withdrawApproval(): void {
    this.approved = null;
    this.ui?.gate.hidePressAgain();
  }

  /**
   * Counts the post once the site has taken it (its composer empties or goes away), with first and final scores;
   * once per post, though one press of Post can reach Tact as a click and then as its form's submit. The emptied
   * composer then starts a new draft, even when the site emptied it without an edit event (old Reddit).
   */
  private confirmPost(composer: HTMLElement, report: Report): void {
    if (this.confirming.has(composer)) return;
    this.confirming.add(composer);
    const first = this.memoryOf(composer).first ?? report.scores;
    const since = performance.now();
    const poll = () =>
      this.guard(() => {
        if (!composer.isConnected || isBlank(composer)) {
          this.confirming.delete(composer);
          if (this.approved?.composer === composer) this.withdrawApproval();
          const event: PostSentEvent = {
            type: "post-sent",
            site: this.adapter.id,
            first,
            final: report.scores,
            rules: firedRules(report.findings),
          };
          this.send(event);
          this.memories.delete(composer);
          if (composer === this.active) {
            this.checked = null;
            this.hideAll();
          }
        } else if (performance.now() - since < POST_CONFIRM_MS) {
          window.setTimeout(poll, 100);
        } else {
          this.confirming.delete(composer);
        }
      });
    window.setTimeout(poll, 0);
  }

  private send(message: Message): void {
    try {
      chrome.runtime.sendMessage(message).catch(() => undefined);
    } catch {
      // The extension was reloaded under this page: its stats are out of reach, nothing else changes.
    }
  }

  /** Runs a step so that a failure in Tact never disturbs the page: fail open, stay quiet. */
  private guard(step: () => unknown): void {
    try {
      const result = step();
      if (result instanceof Promise) result.catch(() => undefined);
    } catch {
      // Tact failing must never break the site; the draft stays as the user wrote it.
    }
  }
}

/** The texts of a thread's composers, in order, as one key: any edit to any of them makes a new key. */
function threadKey(thread: readonly HTMLElement[]): string {
  return JSON.stringify(thread.map((member) => readText(member)));
}

/** The check's list for one draft: its decision's issues, each with the words it is about. */
function issueItems(decision: Decision, text: string): CardItem[] {
  return decision.issues
    .filter((finding) => finding.start >= 0 && finding.end <= text.length)
    .map((finding) => ({ finding, quote: text.slice(finding.start, finding.end) }));
}

/** Whether a composer holds no text at all (cheaper than reading its rendered text: no layout). */
function isBlank(composer: HTMLElement): boolean {
  const raw = isTextField(composer) ? composer.value : (composer.textContent ?? "");
  return cleanText(raw).trim() === "";
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

function deepActiveElement(): HTMLElement | null {
  let element: Element | null = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element instanceof HTMLElement ? element : null;
}

new Session(adapterFor(location, document)).start();
