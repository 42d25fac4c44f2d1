// Catches a post's submit before the site sees it (capture phase on window), and replays it unchanged on request.

import { submitControlFor, submitKeysFor } from "./adapters/index";
import type { SiteAdapter, SubmitKey } from "./adapters/types";
import { t } from "../shared/i18n";

/** A submit Tact caught, with what it takes to send it again exactly as the user did. */
export type SubmitAttempt =
  | { kind: "click"; control: HTMLElement }
  | { kind: "key"; target: Element; init: KeyboardEventInit }
  | { kind: "form"; form: HTMLFormElement; submitter: HTMLElement | null };

/** Whether a keydown is one of the site's submit keys (Enter alone, or Ctrl/Cmd+Enter); never while composing. */
export function matchesSubmitKey(
  event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey" | "isComposing">,
  keys: readonly SubmitKey[],
): boolean {
  if (event.key !== "Enter" || event.isComposing) return false;
  const mod = event.ctrlKey || event.metaKey;
  if (keys.includes("mod+enter") && mod && !event.altKey) return true;
  return keys.includes("enter") && !mod && !event.shiftKey && !event.altKey;
}

/** What the user presses to send a post the way they first did: the site's Post control, or the same keys. */
export function pressAgainControl(attempt: Pick<SubmitAttempt, "kind"> & { init?: KeyboardEventInit }): string {
  if (attempt.kind !== "key") return t("gatePostControl");
  const enter = t("keyEnter");
  if (attempt.init?.metaKey) return `Cmd+${enter}`;
  return attempt.init?.ctrlKey ? `Ctrl+${enter}` : enter;
}

/** The control a submit went through (the clicked button, or the form's submitter), whose state shows a post leaving. */
export function controlOf(attempt: SubmitAttempt): HTMLElement | null {
  if (attempt.kind === "click") return attempt.control;
  return attempt.kind === "form" ? attempt.submitter : null;
}

/** What the watcher asks of the session for each submit it sees. */
export interface SubmitHandler {
  /** The composer whose draft a submit would send, or null when Tact has nothing to check (then nothing is caught). */
  composer(): HTMLElement | null;
  /**
   * A submit of `composer`'s draft. Return true to hold it (the watcher then stops the event before the site sees
   * it); the handler later calls `replay(attempt)` to send it, or drops it when the user chose Edit.
   */
  submit(attempt: SubmitAttempt, composer: HTMLElement): boolean;
}

/** Listens for submits of the active composer on window, in the capture phase, ahead of the site's own listeners. */
export class SubmitWatcher {
  private replaying = false;
  private signal: AbortSignal | undefined;
  /** Shadow roots whose forms are watched: a `submit` event does not leave its shadow root, so window never sees it. */
  private readonly shadowRoots = new WeakSet<ShadowRoot>();

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly overlayHost: () => Element | null,
    private readonly handler: SubmitHandler,
  ) {}

  /** Listens until `signal` aborts (Tact switched off on this page). */
  start(signal: AbortSignal): void {
    this.signal = signal;
    const listen = { capture: true, signal };
    window.addEventListener("click", (event) => this.onClick(event), listen);
    window.addEventListener("keydown", (event) => this.onKey(event), listen);
    window.addEventListener("submit", (event) => this.onSubmit(event), listen);
  }

  /** Watches the forms of the shadow root a composer sits in (LinkedIn's messaging in `#interop-outlet`), if any. */
  watchTreeOf(composer: HTMLElement): void {
    const root = composer.getRootNode();
    if (!(root instanceof ShadowRoot) || this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    root.addEventListener("submit", (event) => this.onSubmit(event as SubmitEvent), {
      capture: true,
      signal: this.signal,
    });
  }

  /** Sends a held submit again, exactly as it was made; the watcher lets it through this time. */
  replay(attempt: SubmitAttempt): void {
    this.replaying = true;
    try {
      switch (attempt.kind) {
        case "click":
          attempt.control.click();
          break;
        case "key":
          attempt.target.dispatchEvent(new KeyboardEvent("keydown", attempt.init));
          break;
        case "form":
          if (attempt.submitter?.isConnected && attempt.form.contains(attempt.submitter)) {
            attempt.form.requestSubmit(attempt.submitter);
          } else {
            attempt.form.requestSubmit();
          }
          break;
      }
    } finally {
      this.replaying = false;
    }
  }

  private onClick(event: MouseEvent): void {
    if (this.ignore(event) || event.button !== 0) return;
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    const composer = this.handler.composer();
    if (!composer) return;
    const control = submitControlFor(this.adapter, target, composer);
    if (!(control instanceof HTMLElement) || isDisabledControl(control) || !related(control, composer)) return;
    this.hold(event, { kind: "click", control }, composer);
  }

  private onKey(event: KeyboardEvent): void {
    if (this.ignore(event)) return;
    const composer = this.handler.composer();
    if (!composer) return;
    const path = event.composedPath();
    if (!path.includes(composer)) return;
    if (!matchesSubmitKey(event, submitKeysFor(this.adapter, composer))) return;
    const target = path[0];
    if (!(target instanceof Element)) return;
    const init: KeyboardEventInit = {
      key: event.key,
      code: event.code,
      keyCode: event.keyCode,
      which: event.which,
      location: event.location,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    };
    this.hold(event, { kind: "key", target, init }, composer);
  }

  private onSubmit(event: SubmitEvent): void {
    if (this.ignore(event)) return;
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    const composer = this.handler.composer();
    if (!composer || !form.contains(composer)) return;
    const submitter = event.submitter instanceof HTMLElement ? event.submitter : null;
    this.hold(event, { kind: "form", form, submitter }, composer);
  }

  private hold(event: Event, attempt: SubmitAttempt, composer: HTMLElement): void {
    if (this.handler.submit(attempt, composer)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }

  /** A replay, or an event from inside Tact's own overlay (the check's buttons, the reason box). */
  private ignore(event: Event): boolean {
    if (this.replaying) return true;
    const host = this.overlayHost();
    return host !== null && event.composedPath().includes(host);
  }
}

/** Whether a submit control is switched off (`disabled`, or `aria-disabled` on a div or a button). */
export function isDisabledControl(control: HTMLElement): boolean {
  return control.getAttribute("aria-disabled") === "true" || (control as HTMLButtonElement).disabled === true;
}

/**
 * Whether a submit control belongs to the composer's post: the same form, or the closest region around the control
 * that holds any composer holds this one (X shows two composers, each with its own button).
 */
function related(control: Element, composer: HTMLElement): boolean {
  const form = control.closest("form");
  if (form) return form.contains(composer);
  for (let node: Element | null = control.parentElement; node; node = node.parentElement) {
    if (node.contains(composer)) return true;
    if (node.querySelector("[contenteditable='true'], [contenteditable=''], textarea")) return false;
  }
  return true;
}
