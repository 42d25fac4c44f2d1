// Follows the composer the user writes in: finds it on focus, watches its edits, checks its draft after each one,
// and remembers what belongs to the draft (its first scores, its dismissals) until the draft is emptied or posted.

import { composerFor } from "./adapters/index";
import { generic } from "./adapters/generic";
import type { SiteAdapter } from "./adapters/types";
import type { Checked, DraftChecker } from "./checking";
import type { EngineHost } from "./engine";
import { LONG_DRAFT_CHARS, MAX_CHECKED_CHARS, REST_MS } from "./long-drafts";
import { isBlank } from "./post-flow";
import type { Problems } from "./problems";
import { readText } from "./text";
import type { Clock } from "./timing";
import type { DraftCheckedEvent, Message } from "../shared/messages";
import type { Scores } from "../shared/report";

/**
 * How long to wait after the last edit before checking, per engine location. None for either: while a check is on
 * its way no other starts, and the edits made meanwhile are checked together once it is back (so the worker gets
 * at most one message at a time from a tab, however fast the typing).
 */
const DEBOUNCE_MS = { page: 0, worker: 0 } as const;

/** What Tact remembers about one composer's current draft; forgotten when the draft is emptied (posted). */
export interface DraftMemory {
  first: Scores | null;
  dismissed: Set<string>;
  counted: boolean;
}

/** What the tracker tells the rest of the content script. */
export interface TrackerEvents {
  /** The user moved to another composer: what was drawn for the last one goes. */
  switched(composer: HTMLElement): void;
  /** An edit in the active composer, before its check. */
  edited(composer: HTMLElement): void;
  /** A check of the active composer's current draft is ready. */
  checked(checked: Checked): void;
  /** The active composer was emptied: nothing to show. */
  emptied(composer: HTMLElement): void;
  /** The active composer left the page. */
  gone(composer: HTMLElement): void;
}

export interface TrackerParts {
  adapter: SiteAdapter;
  /** Aborted when Tact is switched off on this page: listeners, observers and pending checks stop. */
  signal: AbortSignal;
  clock: Clock;
  engine: () => Promise<EngineHost>;
  checker: DraftChecker;
  problems: Problems;
  /** Tact's own overlay, whose fields are never composers. */
  overlayHost(): Element | null;
  send(message: Message): void;
  events: TrackerEvents;
}

export class ComposerTracker {
  private current: HTMLElement | null = null;
  private last: Checked | null = null;
  private readonly memories = new WeakMap<HTMLElement, DraftMemory>();
  private cancelTimer: () => void = () => undefined;
  /** Cancels the whole check a long draft waits for until typing rests. */
  private cancelRest: () => void = () => undefined;
  /** Counts the checks asked for, so that several edits in one task make one check. */
  private scheduled = 0;
  /** Counts the checks started, so that only the newest one is shown. */
  private generation = 0;
  /** Whether a check is on its way, and whether an edit came meanwhile (it is checked once the check is back). */
  private checking = false;
  private again = false;
  private readonly observer: MutationObserver;

  constructor(private readonly parts: TrackerParts) {
    const { problems, signal } = parts;
    this.observer = new MutationObserver(() => problems.guard("following an edit", () => this.edited()));
    document.addEventListener("focusin", (event) => problems.guard("finding the composer", () => this.onFocus(event)), {
      capture: true,
      signal,
    });
    document.addEventListener("input", (event) => problems.guard("following an edit", () => this.onInput(event)), {
      capture: true,
      signal,
    });
    signal.addEventListener("abort", () => {
      this.cancelTimer();
      this.cancelRest();
      this.observer.disconnect();
      this.current = null;
      this.last = null;
    });
  }

  /** The composer the user writes in, while it is on the page. */
  get active(): HTMLElement | null {
    return this.current?.isConnected ? this.current : null;
  }

  /** The active composer's draft as last checked. */
  get checked(): Checked | null {
    return this.last;
  }

  /** Starts on the focused element, if it is a composer (Tact was switched on while the user was writing). */
  attachFocused(): void {
    const focused = deepActiveElement();
    if (focused) this.attach(focused);
  }

  memoryOf(composer: HTMLElement): DraftMemory {
    let memory = this.memories.get(composer);
    if (!memory) {
      memory = { first: null, dismissed: new Set(), counted: false };
      this.memories.set(composer, memory);
    }
    return memory;
  }

  /** A check made elsewhere (at Post) of the active composer's draft becomes the one shown. */
  adopt(checked: Checked): void {
    if (checked.composer !== this.current) return;
    this.last = checked;
    this.memoryOf(checked.composer).first ??= checked.report.scores;
    this.parts.events.checked(checked);
  }

  /** The settings the engine is built from changed: the draft is checked again. */
  recheck(): void {
    this.last = null;
    this.schedule();
  }

  /** A post went out from `composer`: its draft is forgotten, and nothing is shown for it. */
  posted(composer: HTMLElement): void {
    this.memories.delete(composer);
    if (composer === this.current) {
      this.last = null;
      this.parts.events.emptied(composer);
    }
  }

  private onFocus(event: FocusEvent): void {
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement) this.attach(target);
  }

  private onInput(event: Event): void {
    const active = this.current;
    if (!active) return;
    const target = event.composedPath()[0];
    if (target instanceof Node && (target === active || active.contains(target))) this.edited();
  }

  private attach(target: HTMLElement): void {
    if (this.parts.overlayHost()?.contains(target)) return;
    const composer = composerFor(this.parts.adapter, target) ?? composerFor(generic, target);
    if (!composer || composer === this.current) return;
    this.current = composer;
    this.last = null;
    this.parts.events.switched(composer);
    this.observer.disconnect();
    this.observer.observe(composer, { characterData: true, childList: true, subtree: true });
    this.schedule();
  }

  /** An edit: an emptied composer starts a new draft, and a check follows. */
  private edited(): void {
    const composer = this.current;
    if (!composer) return;
    this.parts.events.edited(composer);
    // Seen on every edit, not only by the next check: a draft cleared and retyped between two checks is a new one.
    if (isBlank(composer)) this.memories.delete(composer);
    this.schedule();
  }

  /**
   * Checks the draft after an edit. With the engine in the page, at the end of the edit's own task (a microtask, so
   * the badge is updated before the browser paints the keystroke); with the worker, after a pause in typing.
   */
  schedule(): void {
    if (this.parts.signal.aborted) return;
    this.cancelTimer();
    const ticket = ++this.scheduled;
    this.parts.engine().then(
      (host) => {
        if (ticket !== this.scheduled || this.parts.signal.aborted) return; // a later edit asked again: it runs instead
        const run = () => this.parts.problems.guard("checking the draft", () => this.run());
        const delay = DEBOUNCE_MS[host.where];
        if (delay === 0) run();
        else this.cancelTimer = this.parts.clock.after(delay, run);
      },
      (error: unknown) => this.parts.problems.report("loading the engine", error),
    );
  }

  /**
   * Checks the active composer's draft. A long draft (long-drafts.ts) gets only its edited paragraph checked after an
   * edit, and its whole check once typing rests (`atRest`); a draft too long to check shows nothing.
   */
  private async run(atRest = false): Promise<void> {
    const composer = this.current;
    if (this.parts.signal.aborted || !composer) return;
    if (!composer.isConnected) {
      this.last = null;
      this.parts.events.gone(composer);
      return;
    }
    const text = readText(composer);
    if (!text.trim()) {
      this.memories.delete(composer); // a new draft starts: its dismissals and first scores are its own
      this.last = null;
      this.parts.events.emptied(composer);
      return;
    }
    if (text.length > MAX_CHECKED_CHARS) {
      this.generation++; // a check still on its way is of a shorter draft: it is not shown
      this.last = null;
      this.parts.events.emptied(composer);
      return;
    }
    const quick = text.length >= LONG_DRAFT_CHARS && !atRest;
    if (quick) {
      this.cancelRest();
      this.cancelRest = this.parts.clock.after(REST_MS, () =>
        this.parts.problems.guard("checking the draft", () => this.run(true)),
      );
      if (this.last?.composer !== composer) return; // nothing to bring up to date: the whole check comes at rest
    }
    if (this.checking) {
      this.again = true;
      return;
    }
    this.checking = true;
    try {
      await (quick ? this.quickPass(composer, text) : this.wholeCheck(composer, text));
    } finally {
      this.checking = false;
      if (this.again) {
        this.again = false;
        this.schedule();
      }
    }
  }

  /** A long draft's edited paragraph checked, its findings spliced into the last check's. */
  private async quickPass(composer: HTMLElement, text: string): Promise<void> {
    const previous = this.last;
    if (!previous) return;
    const generation = ++this.generation;
    const quick = await this.parts.checker.checkEdit(previous, text);
    if (generation !== this.generation || composer !== this.current || this.parts.signal.aborted) return;
    this.last = quick;
    this.parts.events.checked(quick);
  }

  private async wholeCheck(composer: HTMLElement, text: string): Promise<void> {
    const memory = this.memoryOf(composer);
    const generation = ++this.generation;
    const checked = await this.parts.checker.check(composer, text);
    if (generation !== this.generation || composer !== this.current || this.parts.signal.aborted) return; // a newer edit won
    this.last = checked;
    memory.first ??= checked.report.scores;
    this.parts.events.checked(checked);
    if (!memory.counted) {
      memory.counted = true;
      this.parts.send({ type: "draft-checked", site: this.parts.adapter.id } satisfies DraftCheckedEvent);
    }
  }
}

function deepActiveElement(): HTMLElement | null {
  let element: Element | null = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element instanceof HTMLElement ? element : null;
}
