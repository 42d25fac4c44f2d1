// The one shadow-root host on <body> that holds everything Tact draws (badge, card, check, mirrors), and its theme.

import { t } from "../shared/i18n";
import { PRINCIPLE_COLORS, STRENGTH_COLORS, VERDICT_COLORS } from "../shared/palette";
import { ISSUE_LINE, STRENGTH_LINE } from "./highlights";

export type Theme = "light" | "dark";

const STYLE = `
:host { all: initial; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.layer {
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --line: #d0d7de; --accent: #0969da; --accent-fg: #ffffff;
  --shadow: 0 8px 24px rgb(0 0 0 / 0.18);
  --listening: ${PRINCIPLE_COLORS.listening.light}; --suspending: ${PRINCIPLE_COLORS.suspending.light};
  --respecting: ${PRINCIPLE_COLORS.respecting.light}; --voicing: ${PRINCIPLE_COLORS.voicing.light};
  --promotion: ${PRINCIPLE_COLORS.promotion.light}; --strength: ${STRENGTH_COLORS.light};
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg);
}
:host([data-theme=dark]) .layer {
  --bg: #161b22; --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --accent: #4493f8; --accent-fg: #0d1117;
  --shadow: 0 8px 24px rgb(0 0 0 / 0.6);
  --listening: ${PRINCIPLE_COLORS.listening.dark}; --suspending: ${PRINCIPLE_COLORS.suspending.dark};
  --respecting: ${PRINCIPLE_COLORS.respecting.dark}; --voicing: ${PRINCIPLE_COLORS.voicing.dark};
  --promotion: ${PRINCIPLE_COLORS.promotion.dark}; --strength: ${STRENGTH_COLORS.dark};
}
button { font: inherit; color: inherit; cursor: pointer; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }

.badge {
  position: fixed; z-index: 2147483646; display: flex; gap: 4px; align-items: center;
  font: 600 12px/1 system-ui, sans-serif; padding: 4px 6px; border-radius: 12px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); box-shadow: 0 1px 3px rgb(0 0 0 / 0.15);
  cursor: pointer; user-select: none; width: max-content; white-space: nowrap;
}
.score { display: inline-flex; align-items: center; gap: 4px; padding: 2px 6px; border-radius: 8px;
  border: 1px solid currentColor; white-space: nowrap; }
.score[data-verdict=good] { background: ${VERDICT_COLORS.good.light.bg}; color: ${VERDICT_COLORS.good.light.fg}; }
.score[data-verdict=look] { background: ${VERDICT_COLORS.look.light.bg}; color: ${VERDICT_COLORS.look.light.fg}; }
.score[data-verdict=work] { background: ${VERDICT_COLORS.work.light.bg}; color: ${VERDICT_COLORS.work.light.fg}; }
:host([data-theme=dark]) .score[data-verdict=good] { background: ${VERDICT_COLORS.good.dark.bg}; color: ${VERDICT_COLORS.good.dark.fg}; }
:host([data-theme=dark]) .score[data-verdict=look] { background: ${VERDICT_COLORS.look.dark.bg}; color: ${VERDICT_COLORS.look.dark.fg}; }
:host([data-theme=dark]) .score[data-verdict=work] { background: ${VERDICT_COLORS.work.dark.bg}; color: ${VERDICT_COLORS.work.dark.fg}; }
.score .name { font-weight: 600; }
.score .value { font-variant-numeric: tabular-nums; font-weight: 700; }
.axis-mark { width: 4px; height: 12px; border-radius: 2px; background: var(--c); }
.score.listening { --c: var(--listening); }
.score.respect { --c: var(--respecting); }
.score.promotion { --c: var(--promotion); }
/* The verdict's shape, so that colour is never the only cue: a circle (good), a triangle (worth a look), a square
   with a cut corner (needs work). */
.shape { width: 9px; height: 9px; background: currentColor; display: inline-block; }
.score[data-verdict=good] .shape { border-radius: 50%; }
.score[data-verdict=look] .shape { clip-path: polygon(50% 0, 100% 100%, 0 100%); }
.score[data-verdict=work] .shape { clip-path: polygon(0 0, 100% 0, 100% 100%, 0 100%); transform: rotate(45deg) scale(0.85); }
/* Promotion reads the other way: a downward arrow says "lower is better" (its words are in the label and legend). */
.lower::after { content: "\\2193" / ""; font-weight: 700; }
.count { color: var(--fg); font-weight: 500; padding: 0 2px; white-space: nowrap; }
/* The narrowest form: the three chips on one row, the count under them at the right. */
.badge.stacked { display: grid; grid-template-columns: repeat(3, auto); }
.badge.stacked .count { grid-column: 1 / -1; justify-self: end; }
.not-read { font-weight: 600; padding: 0 2px; white-space: nowrap; }

.mirror {
  position: fixed; z-index: 2147483645; pointer-events: none; overflow: hidden; color: transparent;
  border-color: transparent !important; border-style: solid; background: transparent; margin: 0;
  white-space: pre-wrap; overflow-wrap: break-word; word-wrap: break-word;
}
.mirror .mark { text-decoration: underline wavy; text-decoration-skip-ink: none; ${ISSUE_LINE} }
.mark[data-principle=listening] { text-decoration-color: var(--listening); }
.mark[data-principle=suspending] { text-decoration-color: var(--suspending); }
.mark[data-principle=respecting] { text-decoration-color: var(--respecting); }
.mark[data-principle=voicing] { text-decoration-color: var(--voicing); }
.mark[data-principle=promotion] { text-decoration-color: var(--promotion); }
.mirror .mark[data-effect=strength] { text-decoration: underline dotted var(--strength); ${STRENGTH_LINE} }

.panel {
  position: fixed; z-index: 2147483647; width: min(360px, calc(100vw - 16px)); max-height: min(70vh, 520px);
  overflow: auto; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: var(--shadow); padding: 10px 12px;
}
.panel h2 { font-size: 14px; margin: 0 0 6px; display: flex; align-items: center; justify-content: space-between; }
.panel .close { border: 0; background: transparent; font-size: 16px; line-height: 1; padding: 2px 6px; border-radius: 6px; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.item { padding: 8px 0; border-top: 1px solid var(--line); }
.item:first-child { border-top: 0; }
.principle { display: inline-flex; align-items: center; gap: 5px; font-size: 11px; font-weight: 600; color: var(--muted);
  text-transform: uppercase; letter-spacing: 0.03em; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: var(--c); display: inline-block; }
.item[data-principle=listening], .issue[data-principle=listening] { --c: var(--listening); }
.item[data-principle=suspending], .issue[data-principle=suspending] { --c: var(--suspending); }
.item[data-principle=respecting], .issue[data-principle=respecting] { --c: var(--respecting); }
.item[data-principle=voicing], .issue[data-principle=voicing] { --c: var(--voicing); }
.item[data-principle=promotion], .issue[data-principle=promotion] { --c: var(--promotion); }
.message { margin: 4px 0; }
.quote { color: var(--muted); }
.rewrite { margin: 4px 0; }
.rewrite del { color: var(--muted); }
.rewrite ins { text-decoration: none; font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.actions button { border: 1px solid var(--line); background: transparent; border-radius: 6px; padding: 4px 10px; }
.actions button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
.actions button:disabled { opacity: 0.5; cursor: default; }
.note { color: var(--muted); font-size: 12px; margin: 4px 0 0; }
.empty { color: var(--muted); margin: 4px 0; }
.works { margin-top: 8px; border-top: 1px solid var(--line); padding-top: 6px; }
.works h3 { font-size: 12px; margin: 0; color: var(--strength); }
.item.strength .dot { background: var(--strength); }
.scores ul { margin: 0 0 4px; }
.why { padding: 3px 0; }
.why .verdict { margin-left: 2px; }
.why .drivers { display: block; color: var(--muted); font-size: 12px; margin: 2px 0 0; }
.english-only { font-weight: 600; margin: 4px 0 8px; }
.keys { color: var(--muted); font-size: 12px; margin: 8px 0 0; border-top: 1px solid var(--line); padding-top: 6px; }
.issue .quote-text { text-transform: none; letter-spacing: normal; font-weight: 600; }
.issue { padding: 6px 0 6px 10px; border-left: 3px solid var(--c, var(--line)); margin: 6px 0; }
.crossed { margin: 0 0 6px; padding-left: 18px; }
.press-again { pointer-events: none; width: min(300px, calc(100vw - 16px)); border-color: var(--accent); }
.reason { display: block; margin-top: 8px; }
.reason textarea { width: 100%; min-height: 48px; margin-top: 4px; font: inherit; color: var(--fg); background: transparent;
  border: 1px solid var(--line); border-radius: 6px; padding: 4px 6px; resize: vertical; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

let sheet: CSSStyleSheet | null = null;

function styleSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  return sheet;
}

/** The overlay host: created on first use, removed when Tact is switched off on this site or tab. */
export class Overlay {
  readonly host: HTMLDivElement;
  readonly layer: HTMLDivElement;
  /** A polite live region for short announcements (the card's and the check's outcomes). */
  private readonly status: HTMLDivElement;

  constructor() {
    this.host = document.createElement("div");
    this.host.setAttribute("data-tact-root", "");
    // Tact speaks its own language (the browser's), whatever the page's: a screen reader on a French site must not read
    // it as French.
    this.host.lang = t("languageTag");
    const shadow = this.host.attachShadow({ mode: "open" });
    // A constructed sheet, not a <style>: no page style-src can block it.
    shadow.adoptedStyleSheets = [styleSheet()];
    this.layer = document.createElement("div");
    this.layer.className = "layer";
    this.layer.lang = this.host.lang;
    this.status = document.createElement("div");
    this.status.className = "sr-only";
    this.status.setAttribute("role", "status");
    this.status.setAttribute("aria-live", "polite");
    this.layer.append(this.status);
    shadow.append(this.layer);
    document.body.append(this.host);
  }

  get shadow(): ShadowRoot {
    return this.host.shadowRoot as ShadowRoot;
  }

  setTheme(theme: Theme): void {
    if (this.host.dataset.theme !== theme) this.host.dataset.theme = theme;
  }

  announce(text: string): void {
    this.status.textContent = text;
  }

  /** The element focused inside the overlay, if any. */
  focused(): Element | null {
    return this.shadow.activeElement;
  }

  remove(): void {
    this.host.remove();
  }
}
