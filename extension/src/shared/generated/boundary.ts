// Generated from the Rust types by src/boundary.rs: do not edit. The shapes that cross the wasm boundary (the report,
// the pre-post decision, the preset info and layers, the session's stats). Regenerate with
// `TACT_REGENERATE=1 cargo test -p tact --lib boundary`.

/**
 * One of the three scores a draft gets.
 */
export type Axis = "listening" | "respect" | "promotion";

/**
 * One value per axis. Serialised as `{listening, respect, promotion}`, the shape the report has always had.
 */
export type PerAxis<T> = { listening: T, respect: T, promotion: T, };

/** The three scores, each in [0, 1]; `promotion` is higher when the draft is more promotional. */
export type Scores = PerAxis<number>;

/**
 * Which of Isaacs' principles of dialogue (or the warning against promotion) a finding serves.
 */
export type Principle = "listening" | "suspending" | "respecting" | "voicing" | "promotion";

/**
 * Whether a finding is something the draft does well or something to fix. The UI underlines issues, lists
 * strengths apart ("What works"), and the pre-post check never holds a post for a strength.
 */
export type Effect = "strength" | "issue";

/**
 * One thing the engine noticed in the draft.
 */
export type Finding = { 
/**
 * The rule's id, e.g. `builtin.condescension`.
 */
rule: string, principle: Principle, 
/**
 * A strength or an issue, as its rule declares (never from the fitted weights).
 */
effect: Effect, 
/**
 * Start offset in UTF-16 code units (what JavaScript strings use).
 */
start: number, 
/**
 * End offset (exclusive) in UTF-16 code units.
 */
end: number, 
/**
 * What the writer should know, in plain words.
 */
message: string, 
/**
 * A concrete rewrite of the span, where one exists.
 */
replacement?: string, };

/**
 * How much one feature moved one score.
 */
export type Contribution = { 
/**
 * The rule id, or `word:<phrase>` for an entry of the fitted word table.
 */
feature: string, 
/**
 * In score units (signed): the score minus what it would be without this feature.
 */
delta: number, 
/**
 * The feature's term in logit units (weight x value), which add up exactly.
 */
logit: number, 
/**
 * For a `word:` feature, the UTF-16 span `[start, end)` of the word; a rule's spans are its findings'.
 */
spans?: Array<[number, number]>, };

/** For each score, the contributions that moved it away from its baseline, largest first. */
export type Explanation = PerAxis<Array<Contribution>>;

/**
 * Whether the scores cover the draft's language.
 */
export type Language = "en" | "other";

/**
 * Everything the engine says about one draft.
 */
export type Report = { scores: PerAxis<number>, findings: Array<Finding>, explanation: PerAxis<Array<Contribution>>, 
/**
 * `en` when the scores cover the text; `other` when it is in a language they do not cover, in
 * which case the scores are neutral and there are no findings.
 */
language: Language, };

/**
 * The pre-post check's mode.
 */
export type GateMode = "off" | "warn" | "hold";

/**
 * Which side of its threshold a score crossed to.
 */
export type Direction = "above" | "below";

/**
 * A score past its threshold.
 */
export type Crossed = { 
/**
 * `listening`, `respect` or `promotion`.
 */
score: Axis, value: number, threshold: number, direction: Direction, 
/**
 * E.g. "Promotion is 72; this team's limit is 60."
 */
message: string, };

/**
 * The pre-post check's answer for one draft.
 */
export type Decision = { 
/**
 * Whether the post waits for the check (never when the gate is `off`).
 */
show: boolean, mode: GateMode, 
/**
 * The scores past their thresholds.
 */
crossed: Array<Crossed>, 
/**
 * The top issues to list (at most [`MAX_ISSUES`]): `warn` findings first, then what pushed a crossed score.
 * Never a strength: a preset that marks a strength rule `warn` does not make thanking someone a reason to wait.
 */
issues: Array<Finding>, };

/**
 * One score's check. Scores run from 0 to 1 (the badge shows them as 0-100).
 */
export type Check = { 
/**
 * Whether this score takes part in the pre-post check (default: true).
 */
enabled?: boolean | null, 
/**
 * Stop the post when the score is above this, e.g. `0.6` for promotion.
 */
warnAbove?: number | null, 
/**
 * Stop the post when the score is below this, e.g. `0.4` for respect.
 */
warnBelow?: number | null, };

/**
 * A threshold per score; a score without one never stops a post.
 */
export type Checks = { 
/**
 * Listening (higher is better).
 */
listening?: Check | null, 
/**
 * Respect (higher is better).
 */
respect?: Check | null, 
/**
 * Promotional tone (higher is MORE promotional).
 */
promotion?: Check | null, };

/**
 * How much a rule's findings count.
 */
export type Severity = "off" | "hint" | "warn";

/**
 * What the user chose on the options page.
 */
export type UserChoices = { 
/**
 * Rules the user turned off (or set to `hint` / `warn`), by id.
 */
rules?: { [key in string]: Severity }, 
/**
 * The user's own thresholds, field by field over the preset's.
 */
checks?: Checks, gate?: GateMode, };

/**
 * What an administrator set through `chrome.storage.managed`: each check or gate set here is locked.
 */
export type AdminLocks = { checks?: Checks, gate?: GateMode, };

/**
 * A sentence of the message catalog with its values: a string, another sentence, alternatives or a series.
 */
export type CatalogText = { key: string, values: Array<string | CatalogText | { either: Array<CatalogText> } | { all: Array<CatalogText> }>, };

/**
 * One problem in a preset: `message` and `hint` in English, `text` and `hintText` by catalog key and values.
 */
export type PresetError = { 
/**
 * The preset the error is in when it is not the one being loaded (a parent named by `extends`).
 */
document?: string, 
/**
 * Where in the JSON, e.g. `rules[3].phrases[0]`; empty for the document as a whole.
 */
path: string, 
/**
 * What is wrong, in English.
 */
message: string, 
/**
 * How to fix it, in English, where there is something to say.
 */
hint?: string, 
/**
 * What is wrong, by catalog key.
 */
text: CatalogText, 
/**
 * How to fix it, by catalog key.
 */
hintText?: CatalogText, };

/**
 * One score's check once a preset and its parents are merged.
 */
export type ScoreCheck = { enabled: boolean, warnAbove?: number, warnBelow?: number, };

/**
 * A setting the user cannot change, and why.
 */
export type Lock = { 
/**
 * `listening`, `respect`, `promotion` or `gate`.
 */
setting: string, reason: string, };

/**
 * One rule as the options page lists it.
 */
export type RuleInfo = { id: string, 
/**
 * `builtin`, `avoid`, `substitute`, `occurrence` or `pattern`.
 */
kind: string, description: string, principle: Principle, 
/**
 * `strength` for a rule that finds what works (never listed by the pre-post check, so `warn` acts as `hint`),
 * `issue` for one that finds what to fix; none for a rule that decides per finding (word tone).
 */
effect?: Effect, severity: Severity, };

/**
 * What the options page shows about the active preset.
 */
export type PresetInfo = { id: string, name: string, version?: string, description?: string, 
/**
 * The preset, then the presets it extends, e.g. `["acme.json", "builtin:default"]`.
 */
chain: Array<string>, gate: GateMode, 
/**
 * Every rule, built-in ones first, with its severity (`off` for a rule turned off).
 */
rules: Array<RuleInfo>, 
/**
 * The settings an administrator locked, each with the reason the user sees.
 */
locks: Array<Lock>, 
/**
 * What the preset asks for that has no effect (it is still accepted), each with its document, path and hint.
 */
warnings?: Array<PresetError>, listening: ScoreCheck, respect: ScoreCheck, promotion: ScoreCheck, };

/**
 * One post as sent: when, where, its scores at the first check and at posting, and the rules that fired.
 */
export type PostRecord = { 
/**
 * Milliseconds since the Unix epoch.
 */
time: number, site: string, first: PerAxis<number>, final: PerAxis<number>, rules: Array<string>, };

/**
 * What happened at the pre-post check: it was shown, then the user chose Edit or Post anyway.
 */
export type CheckOutcome = "shown" | "edited" | "posted-anyway";

/**
 * One step of the pre-post check on a site.
 */
export type CheckRecord = { time: number, site: string, outcome: CheckOutcome, 
/**
 * What the user gave for posting anyway in `hold` mode (kept in the session's record; no figure uses it).
 */
reason?: string, };

/**
 * This browser session's stats, as stored in `chrome.storage.session` (see extension/src/shared/messages.ts).
 */
export type SessionStats = { 
/**
 * Drafts checked (one per draft, however long it grew).
 */
drafts: number, 
/**
 * Drafts checked, per site.
 */
bySite: { [key in string]: number }, 
/**
 * Every post sent, in order.
 */
posts: Array<PostRecord>, 
/**
 * Every step of the pre-post check, in order.
 */
checks: Array<CheckRecord>, };

/**
 * Totals over every session, as stored in `chrome.storage.local`.
 */
export type LifetimeStats = { drafts: number, posts: number, improved: number, checksShown: number, checksEdited: number, checksPostedAnyway: number, };
