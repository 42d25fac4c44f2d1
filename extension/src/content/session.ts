// The content script's session on one page: follows the user's switches (this site on or off, this tab paused, the
// rules turned off, the preset) and, while Tact is on here, runs the tracker, the drawing and the post flow, all torn
// down by one AbortController when it goes off. Failures go to the page's problems, never into the page.

import type { SiteAdapter } from "./adapters/types";
import { EngineChecker } from "./checking";
import { Drawing } from "./drawing";
import type { EngineHost, EngineSettings } from "./engine";
import { PostFlow } from "./post-flow";
import type { Problems } from "./problems";
import { isActive, siteKey, stringList } from "./settings";
import { SubmitWatcher } from "./submit";
import { type Clock, withTimeout } from "./timing";
import { ComposerTracker } from "./tracker";
import { LOCAL_KEYS, type Message, type PageProblems, type TabState } from "../shared/messages";
import { presetLayers } from "../shared/preset-store";

/** How long the tab's pause state may take to arrive before Tact starts as not paused (a set-paused still wins). */
const SETTINGS_TIMEOUT_MS = 300;

/** The settings Tact keeps in chrome.storage.local, as the session reads and writes them. */
export interface SettingsStore {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  /** Calls `listener` with each change's new values, by key. */
  onChanged(listener: (values: Record<string, unknown>) => void): void;
}

/** The extension's messaging, as the session uses it. */
export interface Messaging {
  send(message: Message): Promise<unknown>;
  /** Calls `listener` with each message sent to this tab; what it returns (if anything) is the answer. */
  onMessage(listener: (message: unknown) => unknown): void;
}

export interface SessionParts {
  adapter: SiteAdapter;
  hostname: string;
  clock: Clock;
  problems: Problems;
  engine: () => Promise<EngineHost>;
  configureEngine(settings: EngineSettings): void;
  storage: SettingsStore;
  messaging: Messaging;
}

/** What runs while Tact is on here; `stop` tears all of it down. */
interface Writing {
  stop: AbortController;
  tracker: ComposerTracker;
  drawing: Drawing;
}

export class Session {
  private readonly site: string;
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
  private writing: Writing | null = null;
  /** Whether problems also go to the console (`LOCAL_KEYS.consoleProblems`, off by default). */
  consoleProblems = false;

  constructor(private readonly parts: SessionParts) {
    this.site = siteKey(parts.adapter, parts.hostname);
  }

  get enabled(): boolean {
    return this.settingsKnown && isActive(this.site, this.disabledSites, this.paused);
  }

  /** The composer Tact follows now, if it is on (for tests and the watcher). */
  get active(): HTMLElement | null {
    return this.writing?.tracker.active ?? null;
  }

  /** Reads the settings, then starts (or not); every later change applies at once. */
  start(): Promise<void> {
    const { storage, messaging, problems } = this.parts;
    storage.onChanged((values) =>
      problems.guard("following a settings change", () => {
        this.readSettings(values, Object.keys(values));
        this.applyEnabled();
      }),
    );
    messaging.onMessage((message) => this.onMessage(message));
    const keys = Object.values(LOCAL_KEYS);
    const local = storage.get(keys).then((stored) => this.readSettings(stored, keys));
    const tab = withTimeout(
      messaging.send({ type: "get-tab-state" } satisfies Message),
      SETTINGS_TIMEOUT_MS,
      this.parts.clock,
      "reading whether this tab is paused",
    ).then((state) => {
      this.paused = (state as TabState | undefined)?.paused === true;
    });
    // Whatever fails to load leaves its default (on): switches are honoured as soon as they are known.
    return Promise.allSettled([local, tab]).then((results) => {
      for (const result of results) {
        if (result.status === "rejected") problems.report("reading the settings", result.reason);
      }
      problems.guard("starting", () => {
        this.settingsKnown = true;
        this.applyEnabled();
      });
    });
  }

  private onMessage(message: unknown): unknown {
    if (typeof message !== "object" || message === null) return undefined;
    const { type, paused } = message as { type?: unknown; paused?: unknown };
    if (type === "get-problems") {
      return { problems: this.parts.problems.list(), dropped: this.parts.problems.dropped } satisfies PageProblems;
    }
    if (type !== "set-paused") return undefined;
    this.parts.problems.guard("pausing", () => {
      this.paused = paused === true;
      this.applyEnabled();
    });
    return { ok: true };
  }

  /** Takes in the stored settings named in `keys` (from a first read or a change); the engine is rebuilt if need be. */
  private readSettings(values: Record<string, unknown>, keys: readonly string[]): void {
    if (keys.includes(LOCAL_KEYS.disabledSites)) this.disabledSites = stringList(values[LOCAL_KEYS.disabledSites]);
    if (keys.includes(LOCAL_KEYS.disabledRules))
      this.disabledRules = new Set(stringList(values[LOCAL_KEYS.disabledRules]));
    if (keys.includes(LOCAL_KEYS.consoleProblems)) this.consoleProblems = values[LOCAL_KEYS.consoleProblems] === true;
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
      this.parts.configureEngine({ ...this.engineSettings, disabledRules: [...this.disabledRules] });
      this.writing?.tracker.recheck();
    }
  }

  private applyEnabled(): void {
    if (!this.enabled) {
      this.writing?.stop.abort();
      this.writing = null;
      return;
    }
    if (!this.writing) this.writing = this.startWriting();
    if (!this.writing.tracker.active) this.writing.tracker.attachFocused();
  }

  /** Everything that runs while Tact is on here, wired together; one AbortController ends it all. */
  private startWriting(): Writing {
    const { adapter, clock, problems, engine } = this.parts;
    const stop = new AbortController();
    const signal = stop.signal;
    const send = (message: Message) => this.send(message);
    const checker = new EngineChecker(engine, adapter, problems.report);
    let drawing: Drawing | null = null;
    let flow: PostFlow | null = null;
    let watcher: SubmitWatcher | null = null;
    const tracker = new ComposerTracker({
      adapter,
      signal,
      clock,
      engine,
      checker,
      problems,
      overlayHost: () => drawing?.overlayHost ?? null,
      send,
      events: {
        switched: (composer) => {
          drawing?.switched(composer);
          watcher?.watchTreeOf(composer);
        },
        edited: (composer) => {
          drawing?.edited();
          flow?.edited(composer);
        },
        checked: () => drawing?.render(),
        emptied: () => drawing?.hideAll(),
        gone: (composer) => {
          drawing?.hideAll();
          flow?.composerGone(composer);
        },
      },
    });
    drawing = new Drawing({
      adapter,
      signal,
      problems,
      active: () => tracker.active,
      checked: () => tracker.checked,
      memoryOf: (composer) => tracker.memoryOf(composer),
      disabledRules: () => this.disabledRules,
      turnRuleOff: (rule) => {
        this.disabledRules.add(rule);
        return this.parts.storage.set({ [LOCAL_KEYS.disabledRules]: [...this.disabledRules] });
      },
      recheck: () => tracker.schedule(),
    });
    const shown = drawing;
    flow = new PostFlow({
      adapter,
      clock,
      signal,
      checker,
      latest: () => tracker.checked,
      adopt: (checked) => tracker.adopt(checked),
      firstScores: (composer) => tracker.memoryOf(composer).first,
      posted: (composer) => tracker.posted(composer),
      gate: () => shown.gate(),
      existingGate: () => shown.existingGate(),
      beforeCheck: (composer) => shown.beforeCheck(composer),
      giveBackFocus: () => shown.focusComposer(),
      showAllSuggestions: () => shown.showAllSuggestions(),
      replay: (attempt) => watcher?.replay(attempt),
      send,
      problem: problems.report,
    });
    const posts = flow;
    watcher = new SubmitWatcher(adapter, () => shown.overlayHost, {
      composer: () => tracker.active,
      submit: (attempt, composer) => posts.submit(attempt, composer),
    });
    watcher.start(signal);
    return { stop, tracker, drawing };
  }

  /** A stats event for the service worker; an extension reloaded under the page just misses it. */
  private send(message: Message): void {
    try {
      this.parts.messaging.send(message).catch((error: unknown) => this.parts.problems.report("sending stats", error));
    } catch (error) {
      this.parts.problems.report("sending stats", error);
    }
  }
}
