// The content script: finds the composer the user writes in, checks the draft as they type, draws the badge, the
// underlines and the card, applies rewrites, and holds the post for the pre-post check. It fails open: whatever goes
// wrong in Tact, the site's editor and the user's post go on untouched. This entry only wires the parts to the page
// (session.ts says how they fit).

import { adapterFor } from "./adapters/index";
import { configureEngine, engineHost, workerEngineHost } from "./engine";
import { Problems } from "./problems";
import { Session } from "./session";
import { pageClock } from "./timing";
import type { Message } from "../shared/messages";

let session: Session | null = null;
const problems = new Problems(() => session?.consoleProblems === true);

problems.guard("starting", () => {
  session = new Session({
    adapter: adapterFor(location, document),
    hostname: location.hostname,
    clock: pageClock,
    problems,
    engine: engineHost,
    longDraftEngine: workerEngineHost,
    configureEngine,
    storage: {
      get: (keys) => chrome.storage.local.get(keys),
      onChanged: (listener) =>
        chrome.storage.local.onChanged.addListener((changes) =>
          listener(Object.fromEntries(Object.entries(changes).map(([key, change]) => [key, change.newValue]))),
        ),
    },
    messaging: {
      send: (message: Message) => chrome.runtime.sendMessage(message),
      onMessage: (listener) =>
        chrome.runtime.onMessage.addListener((message, _sender, sendResponse) => {
          const answer = listener(message);
          if (answer !== undefined) sendResponse(answer);
          return false;
        }),
    },
  });
  return session.start();
});
