// The content script: finds the composer the user is writing in, checks the draft as they type, shows the badge.

import { adapterFor } from "./adapters/index";
import { generic } from "./adapters/generic";
import type { SiteAdapter } from "./adapters/types";
import { Badge } from "./badge";
import { engineHost } from "./engine";
import type { DraftCheckedEvent } from "../shared/messages";

/** How long to wait after the last edit before checking, per engine location (the worker costs a message). */
const DEBOUNCE_MS = { page: 0, worker: 80 } as const;

class Session {
  private badge: Badge | null = null;
  private active: HTMLElement | null = null;
  private timer: number | undefined;
  private readonly observer = new MutationObserver(() => this.schedule());
  /** Composers whose current draft was already counted in the stats; cleared when a draft is emptied. */
  private readonly counted = new WeakSet<HTMLElement>();
  private generation = 0;

  constructor(private readonly adapter: SiteAdapter) {}

  start(): void {
    document.addEventListener("focusin", (event) => this.guard(() => this.onFocus(event)), true);
    document.addEventListener("input", (event) => this.guard(() => this.onInput(event)), true);
    const focused = deepActiveElement();
    if (focused) this.guard(() => this.attach(focused));
  }

  private onFocus(event: FocusEvent): void {
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement) this.attach(target);
  }

  private onInput(event: Event): void {
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && this.active && (target === this.active || this.active.contains(target))) {
      this.schedule();
    }
  }

  private attach(target: HTMLElement): void {
    const composer = this.composerOf(target);
    if (!composer || composer === this.active) return;
    this.active = composer;
    this.observer.disconnect();
    this.observer.observe(composer, { characterData: true, childList: true, subtree: true });
    this.schedule();
  }

  /** The composer around `target`: the site's own selectors first, then any plain text box (sites change). */
  private composerOf(target: HTMLElement): HTMLElement | null {
    for (const selector of [...this.adapter.composers, ...generic.composers]) {
      const match = target.closest(selector);
      if (match instanceof HTMLElement) return match;
    }
    return null;
  }

  private schedule(): void {
    window.clearTimeout(this.timer);
    engineHost().then(
      (host) => {
        window.clearTimeout(this.timer);
        this.timer = window.setTimeout(() => this.guard(() => this.run()), DEBOUNCE_MS[host.where]);
      },
      () => undefined,
    );
  }

  private async run(): Promise<void> {
    const composer = this.active;
    if (!composer || !composer.isConnected) {
      this.badge?.hide();
      return;
    }
    const text = readDraft(composer);
    if (!text.trim()) {
      this.counted.delete(composer);
      this.badge?.hide();
      return;
    }
    const generation = ++this.generation;
    const host = await engineHost();
    const report = await host.check(text, null);
    if (generation !== this.generation || composer !== this.active) return; // a newer edit won
    this.badge ??= new Badge();
    this.badge.show(composer, report, host.where);
    if (!this.counted.has(composer)) {
      this.counted.add(composer);
      const event: DraftCheckedEvent = { type: "draft-checked", site: this.adapter.id };
      chrome.runtime.sendMessage(event).catch(() => undefined);
    }
  }

  /** Runs a step so that a failure in Tact never disturbs the page: fail open, stay quiet. */
  private guard(step: () => void | Promise<void>): void {
    try {
      const result = step();
      if (result instanceof Promise) result.catch(() => undefined);
    } catch {
      // Tact failing must never break the site; the draft stays as the user wrote it.
    }
  }
}

function readDraft(editor: HTMLElement): string {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return editor.value;
  return editor.innerText.replace(/\u200b/g, "");
}

function deepActiveElement(): HTMLElement | null {
  let element: Element | null = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element instanceof HTMLElement ? element : null;
}

new Session(adapterFor(location, document)).start();
