// The options page's shell: loads the wasm, gathers the stored preset state (extension/src/shared/preset-store.ts),
// lets Rust render it (src/pages/options/), and does the chrome.* calls behind its controls. Presets are changed
// through the service worker, the only writer of the stored preset; the user's own choices are written here.

import init, { renderOptions, TactEngine, type OptionsActions } from "../../pkg/tact.js";
import { engineWasm } from "../shared/glue";
import { t } from "../shared/i18n";
import { localizePage } from "../shared/page-text";
import {
  DISABLED_RULES_KEY,
  PRESET_KEY,
  READ_LIMIT_BYTES,
  USER_CHOICES_KEY,
  readStoredPreset,
  stringList,
  subscriptionUrl,
  type PresetAnswer,
  type PresetRequest,
} from "../shared/preset-store";

/** The outcome of the user's last action, shown at the top of the page until the next one. */
let notice: PresetAnswer | null = null;
/** The origin of the subscribed preset's address (the user's or the administrator's), as a permission pattern. */
let subscribedOrigin: string | null = null;

/**
 * A built-in preset the user just chose, shown at once while the service worker stores it (a built-in preset is
 * always valid); the stored one takes over when storage changes or the worker answers.
 */
let chosen: { source: "builtin"; json: string; label: string } | null = null;

/** How long an answer may take before the page says it is still at work: a quick one shows no passing status. */
const WORKING_AFTER_MS = 400;

async function gather() {
  const values = await chrome.storage.local.get([PRESET_KEY, USER_CHOICES_KEY, DISABLED_RULES_KEY]);
  const url = readStoredPreset(values[PRESET_KEY])?.url;
  const target = url ? subscriptionUrl(url) : null;
  subscribedOrigin = target && "origin" in target ? target.origin : null;
  return {
    preset: chosen ?? values[PRESET_KEY] ?? null,
    // As JSON text: Rust reads it with the parser the engine's user layer uses.
    userChoices: values[USER_CHOICES_KEY] === undefined ? null : JSON.stringify(values[USER_CHOICES_KEY]),
    disabledRules: stringList(values[DISABLED_RULES_KEY]),
    notice,
  };
}

function download(filename: string, json: string): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([json], { type: "application/json" }));
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

async function main(): Promise<void> {
  const root = document.getElementById("options");
  if (!root) return;
  await init({ module_or_path: engineWasm() });

  const refresh = async () => renderOptions(root, await gather(), actions);
  const show = (next: PresetAnswer | null) => {
    notice = next;
    refresh().catch(showError);
  };
  /**
   * Asks the service worker, then shows what came of it. An answer slow to come shows "Working…", unless the page
   * already shows the change (`shown`: a built-in preset, drawn at once); the last action's outcome goes at once.
   */
  const ask = (request: PresetRequest, shown = false) => {
    if (notice) show(null);
    const working = shown ? undefined : setTimeout(() => show({ ok: true, message: "Working…" }), WORKING_AFTER_MS);
    const answered = (answer: PresetAnswer) => {
      clearTimeout(working);
      chosen = null;
      show(answer);
    };
    (chrome.runtime.sendMessage(request) as Promise<PresetAnswer | undefined>).then(
      (answer) => answered(answer ?? { ok: false, message: t("optionsNoAnswer") }),
      (error: unknown) => answered({ ok: false, message: t("optionsWorkerFailed", String(error)) }),
    );
  };

  const actions: OptionsActions = {
    useBuiltin(name) {
      const json = TactEngine.builtinPreset(name);
      if (json !== undefined) {
        chosen = { source: "builtin", json, label: name };
        notice = null;
        refresh().catch(showError);
      }
      ask({ type: "preset-builtin", name }, json !== undefined);
    },
    importText(json, label) {
      if (!json.trim()) return show({ ok: false, message: t("optionsPasteFirst") });
      ask({ type: "preset-import", json, label });
    },
    importFile(input) {
      const file = input.files?.[0];
      input.value = "";
      if (!file) return;
      if (file.size > READ_LIMIT_BYTES) {
        return show({
          ok: false,
          message: t("optionsFileTooBig", file.name, String(Math.ceil(file.size / 1024))),
        });
      }
      file.text().then(
        (json) => ask({ type: "preset-import", json, label: file.name }),
        () => show({ ok: false, message: t("optionsFileUnread", file.name) }),
      );
    },
    subscribe(text) {
      const target = subscriptionUrl(text);
      if ("error" in target) return show({ ok: false, message: target.error });
      // Asked at once, while the click still counts as the user's gesture: permission for that origin only.
      chrome.permissions.request({ origins: [target.origin] }).then(
        (granted) =>
          granted
            ? ask({ type: "preset-subscribe", url: target.url })
            : show({
                ok: false,
                message: t("optionsNoPermission", new URL(target.url).origin),
              }),
        (error: unknown) => show({ ok: false, message: t("optionsNotSubscribed", String(error)) }),
      );
    },
    updateNow() {
      // An administrator's preset address was never asked for (a policy cannot ask): this click, a user gesture, asks
      // for read access to its origin once (no prompt when it is granted), so that the worker's fetch needs no
      // cross-origin permission from the server and reads its ETag. Refused or not, the update is tried.
      const origin = subscribedOrigin;
      const access = origin ? chrome.permissions.request({ origins: [origin] }).catch(() => false) : Promise.resolve();
      access.then(() => ask({ type: "preset-refresh" }));
    },
    saveChoices(choices, disabledRules) {
      chrome.storage.local.set({ [USER_CHOICES_KEY]: choices, [DISABLED_RULES_KEY]: disabledRules }).catch(showError);
    },
    download,
  };

  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === "local" && [PRESET_KEY, USER_CHOICES_KEY, DISABLED_RULES_KEY].some((key) => key in changes)) {
      if (PRESET_KEY in changes) chosen = null;
      refresh().catch(showError);
    }
  });
  await refresh();
  // The administrator's policy is read again whenever the page opens (the worker may have missed a change).
  chrome.runtime.sendMessage({ type: "preset-sync" } satisfies PresetRequest).catch(() => undefined);
  performance.mark("tact-options-rendered");
}

function showError(error: unknown): void {
  const root = document.getElementById("options");
  if (root) root.textContent = t("optionsLoadFailed", String(error));
}

localizePage(document);
main().catch(showError);
