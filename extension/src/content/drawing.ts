// Everything Tact draws for the active composer (badge, underlines, the card, the check's dialog), created on the first
// report and removed when Tact is switched off here; and the card's behaviour: opened from an underline, the badge or
// Alt+Enter, it applies rewrites, dismisses findings and turns rules off.

import { replyContextElements } from "./adapters/context";
import type { SiteAdapter } from "./adapters/types";
import { Badge, cardShortcutName } from "./badge";
import { type ApplyOutcome, Card, type CardItem, type CardSummary } from "./card";
import type { Checked } from "./checking";
import { byEffect, dismissalKey, sameFinding, visibleFindings } from "./findings";
import { Gate } from "./gate";
import { Highlighter } from "./highlights";
import { Overlay, type Theme } from "./overlay";
import type { Problems } from "./problems";
import { readText } from "./text";
import { siteTheme } from "./theme";
import type { DraftMemory } from "./tracker";
import { applyRewrite } from "./write";
import { t } from "../shared/i18n";
import type { Finding } from "../shared/report";

/** Everything Tact draws. */
interface Ui {
  overlay: Overlay;
  badge: Badge;
  highlighter: Highlighter;
  card: Card;
  gate: Gate;
}

export interface DrawingParts {
  adapter: SiteAdapter;
  signal: AbortSignal;
  problems: Problems;
  /** The composer the user writes in, and its draft as last checked. */
  active(): HTMLElement | null;
  checked(): Checked | null;
  memoryOf(composer: HTMLElement): DraftMemory;
  /** The rules the user turned off from a card (the engine is rebuilt without them, this hides them at once). */
  disabledRules(): ReadonlySet<string>;
  /** Turns a rule off for good; resolves once it is saved. */
  turnRuleOff(rule: string): Promise<void>;
  /** The draft changed through Tact (a rewrite): check it again. */
  recheck(): void;
}

export class Drawing {
  private ui: Ui | null = null;
  private theme: Theme | null = null;
  /** The card lists every finding (opened from the badge) or only some (opened on an underline). */
  private cardScope: { all: true } | { all: false; findings: Finding[]; text: string } = { all: true };
  /** The editor selection to give back when the card or the check returns the focus. */
  private savedSelection: Range | null = null;
  private readonly resizes: ResizeObserver;

  constructor(private readonly parts: DrawingParts) {
    const { problems, signal } = parts;
    this.resizes = new ResizeObserver(() => problems.guard("placing the badge", () => this.place()));
    const place = () => problems.guard("placing the badge", () => this.place());
    const listen = { capture: true, signal };
    window.addEventListener("keydown", (event) => problems.guard("the card's keys", () => this.onKey(event)), listen);
    window.addEventListener("click", (event) => problems.guard("opening the card", () => this.onClick(event)), listen);
    window.addEventListener("scroll", place, { capture: true, passive: true, signal });
    window.addEventListener("resize", place, { passive: true, signal });
    signal.addEventListener("abort", () => this.remove());
  }

  /** Tact's overlay host, once something was drawn. */
  get overlayHost(): HTMLElement | null {
    return this.ui?.overlay.host ?? null;
  }

  /** The check's dialog, created if need be. */
  gate(): Gate {
    return this.ensureUi().gate;
  }

  existingGate(): Gate | null {
    return this.ui?.gate ?? null;
  }

  /** The user moved to another composer: the card and the underlines of the last one go. */
  switched(composer: HTMLElement): void {
    this.theme = null;
    this.ui?.card.close(false);
    this.ui?.highlighter.clear();
    this.resizes.disconnect();
    this.resizes.observe(composer);
  }

  /** An edit: stale underlines go at once, and the badge leaves the lines it reached, before the edit is painted. */
  edited(): void {
    this.ui?.highlighter.revalidate();
    this.ui?.badge.edited();
  }

  /** The findings the user sees for the checked draft. */
  private shown(checked: Checked): Finding[] {
    const memory = this.parts.memoryOf(checked.composer);
    return visibleFindings(checked.report.findings, checked.text, memory.dismissed, this.parts.disabledRules());
  }

  render(): void {
    const checked = this.parts.checked();
    if (!checked || this.parts.signal.aborted) return;
    const ui = this.ensureUi();
    this.theme ??= siteTheme(checked.composer);
    ui.overlay.setTheme(this.theme);
    const shown = this.shown(checked);
    const { issues, strengths } = byEffect(shown);
    const counts = { issues: issues.length, strengths: strengths.length };
    const post = replyContextElements(this.parts.adapter, checked.composer);
    ui.badge.show(
      checked.composer,
      checked.report,
      checked.where,
      counts,
      checked.text.length,
      checked.thresholds,
      post,
    );
    ui.highlighter.draw(checked.composer, checked.text, shown, this.theme);
    if (ui.card.isOpen) ui.card.update(this.cardItems(checked, shown), summaryOf(checked));
  }

  hideAll(): void {
    this.ui?.badge.hide();
    this.ui?.highlighter.clear();
    this.ui?.card.close(false);
  }

  /** Before the check opens: the card closes and the editor's selection is kept, to be given back. */
  beforeCheck(composer: HTMLElement): void {
    this.saveSelection(composer);
    this.ui?.card.close(false);
  }

  private place(): void {
    this.ui?.badge.place();
    this.ui?.highlighter.place();
  }

  private remove(): void {
    this.resizes.disconnect();
    this.ui?.gate.cancel();
    this.ui?.card.close(false);
    this.ui?.highlighter.clear();
    this.ui?.overlay.remove();
    this.ui = null;
  }

  private ensureUi(): Ui {
    if (!this.ui) {
      const { problems } = this.parts;
      const overlay = new Overlay();
      const card = new Card(overlay, {
        apply: (finding) => this.apply(finding),
        dismiss: (finding) => problems.guard("dismissing a finding", () => this.dismiss(finding)),
        turnOff: (finding) => problems.guard("turning a rule off", () => this.turnOff(finding)),
        closed: (returnFocus) =>
          problems.guard("closing the card", () => {
            this.ui?.badge.setExpanded(false);
            if (returnFocus) this.focusComposer();
          }),
      });
      this.ui = {
        overlay,
        badge: new Badge(overlay, () => problems.guard("opening the card", () => this.openCard(null, true))),
        highlighter: new Highlighter(overlay),
        card,
        gate: new Gate(
          overlay,
          (finding) => this.apply(finding),
          () => (this.ui?.badge.visible ? this.ui.badge.element.getBoundingClientRect() : null),
        ),
      };
    }
    return this.ui;
  }

  private cardItems(checked: Checked, shown: Finding[]): CardItem[] {
    const scope = this.cardScope;
    const listed = scope.all
      ? shown
      : shown.filter((finding) => scope.findings.some((old) => sameFinding(old, scope.text, finding, checked.text)));
    return listed.map((finding) => ({ finding, quote: checked.text.slice(finding.start, finding.end) }));
  }

  // ---- The card: by a click on an underline, from the badge, or with Alt+Enter in the editor. ----

  private onClick(event: MouseEvent): void {
    const ui = this.ui;
    const composer = this.parts.active();
    if (!ui || !composer) return;
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
    const composer = this.parts.active();
    if (!ui || !composer) return;
    const path = event.composedPath();
    if (path.includes(ui.overlay.host) || !path.includes(composer)) return;
    if (event.key === "Escape" && ui.card.isOpen) {
      // Only the card closes: the site's own dialog around the composer stays open.
      event.preventDefault();
      event.stopImmediatePropagation();
      ui.card.close(false);
    } else if (event.key === "Enter" && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      if (!this.parts.checked() || event.isComposing) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      const atCaret = ui.highlighter.findingsAtCaret();
      this.openCard(atCaret.length > 0 ? atCaret : null, true);
    }
  }

  /** Opens the card on `findings`, or on all of them (null); `focus` moves the keyboard into it. */
  private openCard(findings: Finding[] | null, focus: boolean): void {
    const checked = this.parts.checked();
    const ui = this.ui;
    if (!checked || !ui || readText(checked.composer) !== checked.text) return;
    this.cardScope = findings ? { all: false, findings, text: checked.text } : { all: true };
    this.saveSelection(checked.composer);
    const items = this.cardItems(checked, this.shown(checked));
    const anchor = findings
      ? (ui.highlighter.rectOf(findings[0]) ?? checked.composer.getBoundingClientRect())
      : ui.badge.element.getBoundingClientRect();
    const lines = unionOf(items.map((item) => ui.highlighter.rectOf(item.finding)));
    ui.card.open(items, summaryOf(checked), anchor, checked.composer.getBoundingClientRect(), focus, lines);
    ui.badge.setExpanded(true);
    if (focus && items.length === 0) ui.overlay.announce(t("announceEmpty", cardShortcutName()));
  }

  private async apply(finding: Finding): Promise<ApplyOutcome> {
    const checked = this.parts.checked();
    if (!checked || finding.replacement === undefined || finding.replacement === null) return "refused";
    const composer = checked.composer;
    if (!composer.isConnected || readText(composer) !== checked.text) return "refused"; // the draft changed under the card
    try {
      const result = await applyRewrite(composer, this.parts.adapter, finding.start, finding.end, finding.replacement);
      if (result.ok) {
        this.ui?.overlay.announce(t("announceApplied"));
        this.savedSelection = null;
        return "applied";
      }
      return result.restored === false ? "changed" : "refused";
    } catch (error) {
      this.parts.problems.report("applying a rewrite", error);
      return "refused";
    } finally {
      this.parts.recheck();
    }
  }

  private dismiss(finding: Finding): void {
    const checked = this.parts.checked();
    if (!checked) return;
    this.parts.memoryOf(checked.composer).dismissed.add(dismissalKey(finding, checked.text));
    this.ui?.overlay.announce(t("announceDismissed"));
    this.render();
    if (this.ui?.card.isOpen && this.ui.card.findings.length === 0) this.ui.card.close(true);
  }

  private async turnOff(finding: Finding): Promise<void> {
    const saved = this.parts.turnRuleOff(finding.rule);
    this.render();
    if (this.ui?.card.isOpen && this.ui.card.findings.length === 0) this.ui.card.close(true);
    try {
      await saved;
      this.ui?.overlay.announce(t("announceRuleOff"));
    } catch (error) {
      this.ui?.overlay.announce(t("announceRuleOffNotSaved"));
      throw error;
    }
  }

  saveSelection(composer: HTMLElement): void {
    const selection = composer.ownerDocument.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    this.savedSelection = range && composer.contains(range.commonAncestorContainer) ? range.cloneRange() : null;
  }

  /** Gives the keyboard back to the editor, where the user left the caret. */
  /** Opens the card on every suggestion for the checked draft, with the keyboard in it. */
  showAllSuggestions(): void {
    this.parts.problems.guard("opening the card", () => this.openCard(null, true));
  }

  focusComposer(): void {
    const composer = this.parts.active();
    if (!composer) return;
    composer.focus({ preventScroll: true });
    const range = this.savedSelection;
    this.savedSelection = null;
    if (range && composer.contains(range.commonAncestorContainer)) {
      composer.ownerDocument
        .getSelection()
        ?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
    }
  }
}

/** What the card says about a checked draft's scores. */
function summaryOf(checked: Checked): CardSummary {
  return { report: checked.report, text: checked.text, thresholds: checked.thresholds };
}

/** The smallest box holding every box given (the lines of the words the card talks about); null for none. */
function unionOf(boxes: readonly (DOMRect | null)[]): DOMRect | null {
  const drawn = boxes.filter((box): box is DOMRect => box !== null && box.width > 0 && box.height > 0);
  if (drawn.length === 0) return null;
  const left = Math.min(...drawn.map((box) => box.left));
  const top = Math.min(...drawn.map((box) => box.top));
  const right = Math.max(...drawn.map((box) => box.right));
  const bottom = Math.max(...drawn.map((box) => box.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}
