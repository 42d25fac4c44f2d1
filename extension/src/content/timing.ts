// Time for the content script: a clock it is handed (the page's, or a test's fake), one timeout race and one poll.

/** What the content script knows of time; tests hand it node:test's mocked timers. */
export interface Clock {
  /** Milliseconds, monotonic enough to measure a wait. */
  now(): number;
  /** Runs `step` after `ms`; the returned function cancels it. */
  after(ms: number, step: () => void): () => void;
}

/** The page's clock. */
export const pageClock: Clock = {
  now: () => performance.now(),
  after(ms, step) {
    const timer = window.setTimeout(step, ms);
    return () => window.clearTimeout(timer);
  },
};

/** A clock on the global timers and `Date` (what node:test's `mock.timers` replaces). */
export const globalClock: Clock = {
  now: () => Date.now(),
  after(ms, step) {
    const timer = setTimeout(step, ms);
    return () => clearTimeout(timer);
  },
};

/** A wait that ran out: `what` says, in words, what took too long. */
export class TimedOut extends Error {
  constructor(what: string, ms: number) {
    super(`${what} took longer than ${ms} ms`);
    this.name = "TimedOut";
  }
}

/** `work`, or a `TimedOut` rejection once `ms` have passed without it settling. */
export function withTimeout<T>(work: Promise<T>, ms: number, clock: Clock, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cancel = clock.after(ms, () => reject(new TimedOut(what, ms)));
    work.then(
      (value) => {
        cancel();
        resolve(value);
      },
      (error: unknown) => {
        cancel();
        reject(error);
      },
    );
  });
}

/** How a poll runs: its first look after `first` ms, then one every `every` ms for `within` ms in all. */
export interface PollPlan {
  first: number;
  every: number;
  within: number;
}

/**
 * Looks at something until it is settled: `look` returns true when there is nothing more to wait for. When `within`
 * has passed with no such answer, `timedOut` runs once. An aborted `signal` ends the poll quietly, as does a `look`
 * that throws (the error goes to `failed`).
 */
export function poll(
  clock: Clock,
  signal: AbortSignal,
  plan: PollPlan,
  look: () => boolean,
  timedOut: () => void,
  failed: (error: unknown) => void,
): void {
  const since = clock.now();
  let cancel: () => void = () => undefined;
  const step = () => {
    if (signal.aborted) return;
    try {
      if (look()) {
        signal.removeEventListener("abort", stop);
      } else if (clock.now() - since < plan.within) {
        cancel = clock.after(plan.every, step);
      } else {
        signal.removeEventListener("abort", stop);
        timedOut();
      }
    } catch (error) {
      signal.removeEventListener("abort", stop);
      failed(error);
    }
  };
  const stop = () => cancel();
  signal.addEventListener("abort", stop, { once: true });
  cancel = clock.after(plan.first, step);
}
