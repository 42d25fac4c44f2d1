// Injected first into every unit test bundle (scripts/bundle.mjs --tests): node has no chrome.i18n, so Tact's words
// come from the English catalog, as in a browser whose language is English.

import english from "../../../_locales/en/messages.json";
import { type Catalog, useCatalog } from "../../../extension/src/shared/i18n";

useCatalog(english as Catalog);
