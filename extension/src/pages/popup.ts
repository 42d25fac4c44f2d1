// The popup's shell: loads the wasm, asks the service worker for this session's stats, lets Rust render them.

import init, { renderPopup } from "../../pkg/tact.js";
import { EMPTY_STATS, type SessionStats, type StatsRequest } from "../shared/messages";
import { WASM_PATH } from "../shared/glue";

async function main(): Promise<void> {
  const root = document.getElementById("popup");
  if (!root) return;
  await init({ module_or_path: chrome.runtime.getURL(WASM_PATH) });
  const request: StatsRequest = { type: "get-stats" };
  const stats = ((await chrome.runtime.sendMessage(request)) as SessionStats | undefined) ?? EMPTY_STATS;
  renderPopup(root, stats);
}

main().catch((error: unknown) => {
  const root = document.getElementById("popup");
  if (root) root.textContent = `Tact could not load its stats: ${String(error)}`;
});
