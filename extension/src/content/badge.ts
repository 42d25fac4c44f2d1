// The badge beside the composer: three scores in a shadow root appended to <body>, never inside the editor.

import { percent, type Report } from "../shared/report";
import type { EngineWhere } from "./engine";

const STYLE = `
:host { all: initial; }
.badge {
  position: fixed; z-index: 2147483647; display: flex; gap: 4px; align-items: center;
  font: 600 12px/1 system-ui, sans-serif; padding: 4px 6px; border-radius: 12px;
  background: #ffffff; color: #1f2328; border: 1px solid #d0d7de; box-shadow: 0 1px 3px rgb(0 0 0 / 0.15);
  cursor: default;
}
.badge:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
.score { padding: 2px 5px; border-radius: 8px; }
.listening { background: #ddf4ff; color: #0a3069; }
.respect { background: #dafbe1; color: #116329; }
.promotion { background: #fff1e5; color: #953800; }
.low { outline: 1px solid currentColor; }
@media (prefers-color-scheme: dark) {
  .badge { background: #161b22; color: #e6edf3; border-color: #30363d; }
  .listening { background: #0c2d6b; color: #cae8ff; }
  .respect { background: #033a16; color: #aff5b4; }
  .promotion { background: #4c2200; color: #ffdfb6; }
}
`;

/** The overlay host and the badge inside it; created once per page. */
export class Badge {
  private readonly host: HTMLDivElement;
  private readonly badge: HTMLDivElement;
  private readonly parts: Record<"listening" | "respect" | "promotion", HTMLSpanElement>;
  private anchor: Element | null = null;

  constructor() {
    this.host = document.createElement("div");
    this.host.setAttribute("data-tact-root", "");
    const shadow = this.host.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = STYLE;
    this.badge = document.createElement("div");
    this.badge.className = "badge";
    this.badge.setAttribute("data-tact", "badge");
    this.badge.setAttribute("role", "status");
    this.badge.tabIndex = 0;
    this.parts = {
      listening: this.part("listening", "Listening"),
      respect: this.part("respect", "Respect"),
      promotion: this.part("promotion", "Promotion"),
    };
    this.badge.hidden = true;
    shadow.append(style, this.badge);
    document.body.append(this.host);
    const follow = () => this.place();
    window.addEventListener("scroll", follow, { capture: true, passive: true });
    window.addEventListener("resize", follow, { passive: true });
  }

  private part(axis: "listening" | "respect" | "promotion", label: string): HTMLSpanElement {
    const span = document.createElement("span");
    span.className = `score ${axis}`;
    span.title = label;
    this.badge.append(span);
    return span;
  }

  /** Shows the report's scores beside `composer`. */
  show(composer: Element, report: Report, where: EngineWhere): void {
    this.anchor = composer;
    const listening = percent(report.scores.listening);
    const respect = percent(report.scores.respect);
    const promotion = percent(report.scores.promotion);
    this.badge.dataset.listening = String(listening);
    this.badge.dataset.respect = String(respect);
    this.badge.dataset.promotion = String(promotion);
    this.badge.dataset.engine = where;
    this.parts.listening.textContent = `L ${listening}`;
    this.parts.respect.textContent = `R ${respect}`;
    this.parts.promotion.textContent = `P ${promotion}`;
    this.parts.listening.classList.toggle("low", listening < 40);
    this.parts.respect.classList.toggle("low", respect < 40);
    this.parts.promotion.classList.toggle("low", promotion > 60);
    this.badge.setAttribute(
      "aria-label",
      `Tact: listening ${listening}, respect ${respect}, promotion ${promotion} out of 100; ` +
        `${report.findings.length} finding${report.findings.length === 1 ? "" : "s"}`,
    );
    this.badge.hidden = false;
    this.place();
  }

  hide(): void {
    this.badge.hidden = true;
    this.anchor = null;
  }

  /** Keeps the badge at the composer's bottom-right corner, inside the viewport. */
  private place(): void {
    if (!this.anchor || this.badge.hidden) return;
    if (!this.anchor.isConnected) {
      this.hide();
      return;
    }
    const box = this.anchor.getBoundingClientRect();
    const width = this.badge.offsetWidth;
    const height = this.badge.offsetHeight;
    const left = Math.min(Math.max(0, box.right - width - 4), window.innerWidth - width);
    const top = Math.min(Math.max(0, box.bottom + 4), window.innerHeight - height);
    this.badge.style.left = `${left}px`;
    this.badge.style.top = `${top}px`;
  }
}
