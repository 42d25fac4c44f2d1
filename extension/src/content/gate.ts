// The pre-post check: when a draft crosses the preset's thresholds, the post waits for "Edit" or "Post anyway".

import type { Crossed, Decision } from "../shared/generated/boundary";
import { type ApplyOutcome, applyButton, button, type CardItem, paragraph, trapTab } from "./card";
import { tagWithFinding } from "./findings";
import type { Overlay } from "./overlay";
import { t } from "../shared/i18n";
import { type Finding, percent } from "../shared/report";
import { axisName, principleName } from "../shared/verdict";

export type { Crossed, Decision, GateMode } from "../shared/generated/boundary";

/**
 * What the check does when the engine gave no decision (it failed, or an older worker sent none): nothing. Tact fails
 * open, so a post is only ever held on the engine's word (src/preset/policy.rs).
 */
export const NO_CHECK: Decision = { show: false, mode: "off", crossed: [], issues: [] };

/** What the user chose in the check. */
export type GateChoice =
  | { outcome: "edited"; showAll?: boolean }
  | { outcome: "cancelled" }
  | { outcome: "posted-anyway"; reason?: string };

/** What the check says when the site did not take the post Tact sent on: the user's own press will send it. */
export function pressAgainMessage(control: string): string {
  return t("gatePressAgain", control);
}

/** A crossed score in words, in the user's language ("Respect is 20; this team keeps it at 40 or above."). */
export function crossedText(crossed: Crossed): string {
  const key = crossed.direction === "above" ? "crossedAbove" : "crossedBelow";
  return t(key, axisName(crossed.score), String(percent(crossed.value)), String(percent(crossed.threshold)));
}

/** What the check's "Use this wording" does: applies a finding's rewrite; resolves to what came of it. */
export type ApplyRewrite = (finding: Finding) => Promise<ApplyOutcome>;

/** The check's dialog, in Tact's overlay, and its note when a post sent on did not go out. */
export class Gate {
  private panel: HTMLDivElement | null = null;
  private settle: ((choice: GateChoice) => void) | null = null;
  private note: HTMLDivElement | null = null;

  /**
   * `applyRewrite` is "Use this wording"; `besideDraft` gives the box of what Tact shows beside the draft (the badge),
   * which the check must not cover either.
   */
  constructor(
    private readonly overlay: Overlay,
    private readonly applyRewrite: ApplyRewrite,
    private readonly besideDraft: () => DOMRect | null = () => null,
  ) {}

  get isOpen(): boolean {
    return this.panel !== null;
  }

  /** Shows the check near `anchor` and resolves with the user's choice. */
  ask(decision: Decision, items: CardItem[], anchor: DOMRect): Promise<GateChoice> {
    this.cancel();
    const panel = this.render(decision, items);
    this.panel = panel;
    this.overlay.layer.append(panel);
    const badge = this.besideDraft();
    place(panel, withBox(anchor, badge), "below", badge);
    panel.querySelector<HTMLElement>("[data-tact=edit]")?.focus({ preventScroll: true });
    return new Promise((resolve) => {
      this.settle = resolve;
    });
  }

  /** Closes the check without posting (Tact was switched off meanwhile, or the composer went away). */
  cancel(): void {
    this.finish({ outcome: "cancelled" });
    this.hidePressAgain();
  }

  /**
   * Tells the user, next to the composer, that the post they chose to send has not gone out and that pressing
   * `control` again sends it; announced to screen readers. The note lets every click through to the page, so it
   * never stands between the user and the site's Post button.
   */
  showPressAgain(control: string, anchor: DOMRect): void {
    this.hidePressAgain();
    const message = pressAgainMessage(control);
    const note = document.createElement("div");
    note.className = "panel press-again";
    note.setAttribute("data-tact", "press-again");
    note.append(paragraph("message", message));
    this.note = note;
    this.overlay.layer.append(note);
    place(note, anchor, "above");
    this.overlay.announce(message);
  }

  hidePressAgain(): void {
    this.note?.remove();
    this.note = null;
  }

  private finish(choice: GateChoice): void {
    const settle = this.settle;
    this.panel?.remove();
    this.panel = null;
    this.settle = null;
    settle?.(choice);
  }

  /**
   * "Use this wording" in the check: the rewrite goes into the editor and the check closes as an edit (the user looks
   * at the new draft and presses Post again); a rewrite the editor did not take leaves the check open, saying so.
   */
  private async apply(finding: Finding, control: HTMLButtonElement, issue: HTMLElement): Promise<void> {
    control.disabled = true;
    let outcome: ApplyOutcome = "refused";
    try {
      outcome = await this.applyRewrite(finding);
    } finally {
      control.disabled = false;
    }
    if (outcome === "applied") {
      this.finish({ outcome: "edited" });
      return;
    }
    if (issue.isConnected && !issue.querySelector(".note")) {
      const note = paragraph("note", t(outcome === "changed" ? "rewriteChanged" : "rewriteRefusedShort"));
      issue.append(note);
      this.overlay.announce(note.textContent ?? "");
    }
  }

  private render(decision: Decision, items: CardItem[]): HTMLDivElement {
    const panel = document.createElement("div");
    panel.className = "panel gate";
    panel.setAttribute("data-tact", "gate");
    panel.setAttribute("role", "alertdialog");
    panel.setAttribute("aria-modal", "true");
    panel.setAttribute("aria-labelledby", "tact-gate-title");
    panel.setAttribute("aria-describedby", "tact-gate-summary");
    panel.dataset.mode = decision.mode;
    const title = document.createElement("h2");
    title.id = "tact-gate-title";
    title.textContent = t("gateTitle");
    const summary = document.createElement("div");
    summary.id = "tact-gate-summary";
    if (decision.crossed.length > 0) {
      const crossed = document.createElement("ul");
      crossed.className = "crossed";
      for (const entry of decision.crossed) {
        const line = document.createElement("li");
        line.setAttribute("data-tact", "crossed");
        line.dataset.score = entry.score;
        line.textContent = crossedText(entry);
        crossed.append(line);
      }
      summary.append(crossed);
    }
    for (const { finding, quote } of items) {
      const issue = document.createElement("div");
      issue.className = "issue";
      issue.setAttribute("data-tact", "issue");
      tagWithFinding(issue, finding);
      const label = document.createElement("span");
      label.className = "principle";
      const words = document.createElement("span");
      words.className = "quote-text";
      words.textContent = t("quoted", quote);
      label.append(t("gateIssueLabel", principleName(finding.principle)), words);
      issue.append(label, paragraph("message", finding.message));
      if (finding.replacement !== undefined && finding.replacement !== null) {
        const rewrite = paragraph("rewrite", "");
        const added = document.createElement("ins");
        added.textContent = finding.replacement || t("rewriteRemove");
        const removed = document.createElement("del");
        removed.textContent = quote;
        rewrite.append(removed, " → ", added);
        const apply = applyButton(finding, quote, rewrite);
        apply.addEventListener("click", () => this.apply(finding, apply, issue));
        const row = document.createElement("div");
        row.className = "actions";
        row.append(apply);
        issue.append(rewrite, row);
      }
      summary.append(issue);
    }
    const showAll = button(t("gateShowAll"), "show-all");
    showAll.addEventListener("click", () => this.finish({ outcome: "edited", showAll: true }));
    const more = document.createElement("div");
    more.className = "actions";
    more.append(showAll);
    summary.append(more);
    const edit = button(t("gateEdit"), "edit");
    edit.classList.add("primary");
    edit.setAttribute("aria-label", t("gateEditLabel"));
    edit.addEventListener("click", () => this.finish({ outcome: "edited" }));
    const postAnyway = button(t("gatePostAnyway"), "post-anyway");
    postAnyway.title = t("gatePostAnywayTitle");
    const actions = document.createElement("div");
    actions.className = "actions";
    if (decision.mode === "hold") {
      const reasonLabel = document.createElement("label");
      reasonLabel.className = "reason";
      reasonLabel.textContent = t("gateReason");
      const reason = document.createElement("textarea");
      reason.setAttribute("data-tact", "reason");
      reason.maxLength = 200;
      reasonLabel.append(reason);
      summary.append(reasonLabel);
      postAnyway.disabled = true;
      reason.addEventListener("input", () => (postAnyway.disabled = reason.value.trim() === ""));
      postAnyway.addEventListener("click", () => {
        const text = reason.value.trim();
        if (text) this.finish({ outcome: "posted-anyway", reason: text });
      });
    } else {
      postAnyway.addEventListener("click", () => this.finish({ outcome: "posted-anyway" }));
    }
    actions.append(edit, postAnyway);
    panel.append(title, summary, actions);
    panel.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        this.finish({ outcome: "edited" });
      } else if (event.key === "Tab") {
        trapTab(panel, event);
      }
    });
    // Keys typed in the check (the reason) are Tact's: the site's shortcuts and submit keys must not see them.
    for (const type of ["keydown", "keyup", "keypress"] as const) {
      panel.addEventListener(type, (event) => event.stopPropagation());
    }
    return panel;
  }
}

/** The composer's box stretched, up or down, over a box beside it (the badge under it), keeping its left and width. */
function withBox(anchor: DOMRect, beside: DOMRect | null): DOMRect {
  if (!beside || beside.width === 0) return anchor;
  const top = Math.min(anchor.top, beside.top);
  const bottom = Math.max(anchor.bottom, beside.bottom);
  return new DOMRect(anchor.left, top, anchor.width, bottom - top);
}

/**
 * Puts a panel on the `side` of the composer where it fits (under it, or over it), else on the other; when it fits
 * neither (a tall check over a short window), beside the composer (right, then left), so that it covers neither the
 * draft nor its badge; only when no side has room does it sit over the page, in the viewport.
 */
function place(
  panel: HTMLElement,
  anchor: DOMRect,
  side: "below" | "above" = "below",
  badge: DOMRect | null = null,
): void {
  const width = panel.offsetWidth;
  const height = panel.offsetHeight;
  const below = anchor.bottom + 8;
  const above = anchor.top - height - 8;
  const fitsBelow = below + height <= window.innerHeight;
  const fitsAbove = above >= 4;
  const inView = (top: number) => Math.max(4, Math.min(top, window.innerHeight - height - 4));
  if (!fitsBelow && !fitsAbove) {
    const edges = badge && badge.width > 0 ? [badge.left, badge.right] : [];
    const right = Math.max(anchor.right, ...edges) + 8;
    const left = Math.min(anchor.left, ...edges) - width - 8;
    const beside = right + width <= window.innerWidth - 4 ? right : left >= 4 ? left : null;
    if (beside !== null) {
      panel.style.left = `${beside}px`;
      panel.style.top = `${inView(anchor.top)}px`;
      return;
    }
  }
  const onBelow = side === "below" ? fitsBelow || !fitsAbove : !fitsAbove && fitsBelow;
  const top = onBelow && fitsBelow ? below : inView(above);
  const left = Math.min(Math.max(4, anchor.left), Math.max(4, window.innerWidth - width - 4));
  panel.style.left = `${left}px`;
  panel.style.top = `${top}px`;
}
