// End to end, Tact in the browser's language: Chromium whose UI language is Spanish shows Tact's pages (welcome, Try,
// popup, options), badge, card and pre-post check in Spanish, every word from _locales/es/messages.json, and marks its
// overlay and pages lang="es". (Every other e2e test runs in English, the default, and reads the English words.)

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checked, tact, typeDraft } from "./fixtures.mjs";
import { launch, ROOT } from "./harness.mjs";

const catalog = (locale) => JSON.parse(readFileSync(join(ROOT, "_locales", locale, "messages.json"), "utf8"));
const SPANISH = catalog("es");
const ENGLISH = catalog("en");
/** A Spanish message, checked to differ from the English one (so that seeing it proves the locale). */
function es(key) {
  const message = SPANISH[key]?.message;
  assert.ok(message, `es has ${key}`);
  assert.notEqual(message, ENGLISH[key].message, `${key} is translated`);
  return message;
}

const RUDE_PROMO = "Calm down. Did you even read the docs? Obviously it works. Buy now and follow us for more!";
const STRICT = { checks: { respect: { warnBelow: 0.95 }, promotion: { warnAbove: 0.05 } } };

let browser;
before(async () => {
  browser = await launch({ language: "es" });
});
after(async () => {
  await browser?.close();
});

test("the browser's language is Spanish, so the extension's catalog is", async () => {
  assert.equal(await browser.worker.evaluate(() => chrome.i18n.getMessage("languageTag")), "es");
});

/** One of Tact's pages, once its heading shows the Spanish message `titleKey`. */
async function extensionPage(path, titleKey) {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl(path));
  await page
    .locator("h1")
    .filter({ hasText: es(titleKey) })
    .waitFor();
  return page;
}

test("the welcome page is in Spanish", async () => {
  const page = await extensionPage("extension/pages/welcome.html", "welcomeTitle");
  assert.equal(await page.title(), es("welcomeTitle"));
  assert.equal(await page.evaluate(() => document.documentElement.lang), "es");
  assert.equal(await page.locator("#card-title").textContent(), es("welcomeCardTitle"));
  // The message's marked words are elements: the buttons' names in <strong>, the keys in <kbd>.
  assert.deepEqual(await page.locator("#card-title + p strong").allTextContents(), [
    es("applyUse"),
    es("cardDismiss"),
    es("cardTurnOff"),
  ]);
  await page.close();
});

test("on the Try page the badge, the card and the check speak Spanish", async () => {
  await browser.worker.evaluate((choices) => chrome.storage.local.set({ userChoices: choices }), STRICT);
  const page = await extensionPage("extension/pages/try.html", "tryTitle");
  assert.equal(await page.locator("#reply").getAttribute("placeholder"), es("tryReplyPlaceholder"));
  assert.equal(await page.locator("#reply-form button[type=submit]").textContent(), es("tryReplyPost"));

  await typeDraft(page, "#reply", RUDE_PROMO);
  await checked(page, RUDE_PROMO);
  const badge = await page.evaluate(() => {
    const root = document.querySelector("div[data-tact-root]");
    const element = root.shadowRoot.querySelector("[data-tact=badge]");
    return {
      lang: root.lang,
      chips: [...element.querySelectorAll(".score .name")].map((name) => name.textContent),
      label: element.getAttribute("aria-label"),
      title: element.title,
      findings: Number(element.dataset.findings),
    };
  });
  assert.equal(badge.lang, "es", "Tact's overlay says its language");
  assert.deepEqual(badge.chips, [es("axisListening"), es("axisRespect"), es("axisPromotion")]);
  assert.match(badge.label, /Puntuación de Tact sobre 100/);
  assert.match(badge.label, new RegExp(`${badge.findings} sugerencias?`));
  assert.match(badge.title, /Alt\+Intro en el editor abre la tarjeta\./);

  await tact(page, "badge").click();
  const card = tact(page, "card");
  await card.waitFor();
  assert.equal(await card.locator("#tact-card-title").textContent(), es("cardTitle"));
  assert.ok((await card.locator("[data-tact=dismiss]").count()) > 0, "the card lists suggestions");
  assert.equal(await card.locator("[data-tact=dismiss]").first().textContent(), es("cardDismiss"));
  assert.equal(await card.locator("[data-tact=turn-off]").first().textContent(), es("cardTurnOff"));
  assert.equal(
    await card.locator("[data-tact=shortcut]").textContent(),
    "Alt+Intro en el editor abre esta tarjeta; Esc la cierra.",
  );
  await page.keyboard.press("Escape");
  await card.waitFor({ state: "hidden" });

  await page.click("#reply-form button[type=submit]");
  const gate = tact(page, "gate");
  await gate.waitFor();
  assert.equal(await gate.locator("#tact-gate-title").textContent(), es("gateTitle"));
  assert.equal(await gate.getByRole("button", { name: es("gatePostAnyway") }).count(), 1);
  assert.equal(await gate.getByRole("button", { name: es("gateEditLabel") }).count(), 1);
  await gate.getByRole("button", { name: es("gateEditLabel") }).click();
  await gate.waitFor({ state: "detached" });
  await page.close();
});

test("the popup and the options page, rendered by the wasm, speak Spanish", async () => {
  const popup = await browser.context.newPage();
  await popup.goto(browser.extensionUrl("extension/pages/popup.html"));
  await popup.locator("[data-stat=drafts]").waitFor();
  assert.equal(await popup.evaluate(() => document.documentElement.lang), "es");
  assert.equal(await popup.locator("#session-heading").textContent(), es("popupSession"));
  assert.equal(await popup.locator("#session dt").first().textContent(), es("popupDrafts"));
  assert.equal(await popup.locator("[data-action=export]").textContent(), es("popupExport"));
  assert.equal(await popup.locator("a[href='welcome.html']").textContent(), es("popupHowItWorks"));
  await popup.close();

  const options = await browser.context.newPage();
  await options.goto(browser.extensionUrl("extension/pages/options.html"));
  await options.locator("#active-heading").waitFor();
  assert.equal(await options.title(), es("optionsTitle"));
  assert.equal(await options.locator("h1").textContent(), es("optionsTitle"));
  assert.equal(await options.locator("#active-heading").textContent(), es("optionsActive"));
  assert.equal(await options.locator("#checks-heading").textContent(), es("optionsChecks"));
  // Built-in rules by their Spanish names and descriptions, under the principles' Spanish names.
  const condescension = options.locator("li[data-rule='builtin.condescension']");
  assert.equal(await condescension.locator(".rule-name").textContent(), es("ruleCondescensionName"));
  assert.equal(await options.locator("#principle-respecting").textContent(), es("principleRespecting"));
  // A refused preset: the service worker's answer and the validator's error, with its path, in Spanish.
  const bad = { format: 1, id: "t", name: "T", rules: [{ id: "x", kind: "avoid", phrase: ["a"] }] };
  await options.setInputFiles("#preset-file", {
    name: "bad.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const refused = options.locator("[data-notice=error]");
  await refused.waitFor();
  const opening = (key) => SPANISH[key].message.split(":")[0];
  assert.ok((await refused.locator("p").first().textContent()).startsWith(opening("workerNotImported")));
  const error = await refused.locator("li[data-path='rules[0].phrase']").textContent();
  assert.ok(error.includes(opening("presetErrorUnknownKey")) && error.includes("¿Querías decir phrases?"), error);
  await options.close();
});
