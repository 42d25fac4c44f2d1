// The pre-post check: when a draft crosses the preset's thresholds, the post waits for "Edit" or "Post anyway".

import type { Finding, Report } from "../shared/report";
import { trapTab, button, type CardItem } from "./card";
import type { Overlay } from "./overlay";
import { PRINCIPLE_LABELS } from "./theme";

export type GateMode = "off" | "warn" | "hold";

/** A score past its threshold (mirrors the engine's `Crossed`). */
export interface Crossed {
  score: "listening" | "respect" | "promotion";
  value: number;
  threshold: number;
  direction: "above" | "below";
  message: string;
}

/** The engine's answer for one draft at submit time (mirrors src/preset/policy.rs `Decision`). */
export interface Decision {
  show: boolean;
  mode: GateMode;
  crossed: Crossed[];
  issues: Finding[];
}

/** How many issues the check lists at most. */
const MAX_ISSUES = 3;

/**
 * DESIGN.md's default decision, used only while the engine in use has no `decide` (an engine build without presets):
 * mode `warn`; the post waits when promotion is above 0.6 or respect below 0.4, listing the findings that pushed the
 * crossed score most. The engine's own decision (src/preset/policy.rs) replaces it whenever it is there.
 */
export function defaultDecision(report: Report): Decision {
  const crossed: Crossed[] = [];
  const pushing: { feature: string; delta: number }[] = [];
  const { promotion, respect } = report.scores;
  if (promotion > 0.6) {
    crossed.push(crossing("promotion", "Promotion", promotion, 0.6, "above"));
    pushing.push(...report.explanation.promotion.filter((term) => term.delta > 0));
  }
  if (respect < 0.4) {
    crossed.push(crossing("respect", "Respect", respect, 0.4, "below"));
    pushing.push(...report.explanation.respect.filter((term) => term.delta < 0));
  }
  pushing.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
  const issues: Finding[] = [];
  for (const term of pushing) {
    for (const finding of report.findings.filter((candidate) => candidate.rule === term.feature)) {
      if (!issues.includes(finding)) issues.push(finding);
    }
  }
  return { show: crossed.length > 0, mode: "warn", crossed, issues: issues.slice(0, MAX_ISSUES) };
}

function crossing(
  score: Crossed["score"],
  label: string,
  value: number,
  threshold: number,
  direction: Crossed["direction"],
): Crossed {
  const shown = Math.round(value * 100);
  const limit = Math.round(threshold * 100);
  const side = direction === "above" ? "or below" : "or above";
  return { score, value, threshold, direction, message: `${label} is ${shown}; keep it at ${limit} ${side}.` };
}

/** What the user chose in the check. */
export type GateChoice = { outcome: "edited" | "cancelled" } | { outcome: "posted-anyway"; reason?: string };

/** The check's dialog, in Tact's overlay. */
export class Gate {
  private panel: HTMLDivElement | null = null;
  private settle: ((choice: GateChoice) => void) | null = null;

  constructor(private readonly overlay: Overlay) {}

  get isOpen(): boolean {
    return this.panel !== null;
  }

  /** Shows the check near `anchor` and resolves with the user's choice. */
  ask(decision: Decision, items: CardItem[], anchor: DOMRect): Promise<GateChoice> {
    this.cancel();
    const panel = this.render(decision, items);
    this.panel = panel;
    this.overlay.layer.append(panel);
    place(panel, anchor);
    panel.querySelector<HTMLElement>("[data-tact=edit]")?.focus({ preventScroll: true });
    return new Promise((resolve) => {
      this.settle = resolve;
    });
  }

  /** Closes the check without posting (Tact was switched off meanwhile, or the composer went away). */
  cancel(): void {
    this.finish({ outcome: "cancelled" });
  }

  private finish(choice: GateChoice): void {
    const settle = this.settle;
    this.panel?.remove();
    this.panel = null;
    this.settle = null;
    settle?.(choice);
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
    title.textContent = "Before you post";
    const summary = document.createElement("div");
    summary.id = "tact-gate-summary";
    if (decision.crossed.length > 0) {
      const crossed = document.createElement("ul");
      crossed.className = "crossed";
      for (const entry of decision.crossed) {
        const line = document.createElement("li");
        line.textContent = entry.message;
        crossed.append(line);
      }
      summary.append(crossed);
    }
    for (const { finding, quote } of items) {
      const issue = document.createElement("div");
      issue.className = "issue";
      issue.setAttribute("data-tact", "issue");
      issue.dataset.rule = finding.rule;
      issue.dataset.principle = finding.principle;
      const label = document.createElement("span");
      label.className = "principle";
      label.textContent = `${PRINCIPLE_LABELS[finding.principle] ?? finding.principle} · “${quote}”`;
      const message = document.createElement("p");
      message.className = "message";
      message.textContent = finding.message;
      issue.append(label, message);
      summary.append(issue);
    }
    const edit = button("Edit", "edit");
    edit.classList.add("primary");
    edit.setAttribute("aria-label", "Edit the draft");
    edit.addEventListener("click", () => this.finish({ outcome: "edited" }));
    const postAnyway = button("Post anyway", "post-anyway");
    postAnyway.setAttribute("aria-label", "Post the draft as it is");
    const actions = document.createElement("div");
    actions.className = "actions";
    if (decision.mode === "hold") {
      const reasonLabel = document.createElement("label");
      reasonLabel.className = "reason";
      reasonLabel.textContent = "Why post it as it is? (required)";
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

/** Puts the check under the composer when it fits, else above it, inside the viewport. */
function place(panel: HTMLElement, anchor: DOMRect): void {
  const width = panel.offsetWidth;
  const height = panel.offsetHeight;
  const below = anchor.bottom + 8;
  const top = below + height <= window.innerHeight ? below : Math.max(4, Math.min(anchor.top - height - 8, window.innerHeight - height - 4));
  const left = Math.min(Math.max(4, anchor.left), Math.max(4, window.innerWidth - width - 4));
  panel.style.left = `${left}px`;
  panel.style.top = `${top}px`;
}
