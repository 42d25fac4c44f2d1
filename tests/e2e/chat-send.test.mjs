// End to end, the pre-post check on chat boxes that send on Enter, on sites no adapter knows: Slack's real Quill and
// Discord's real Slate, with Tact turned on there as a user would. A draft over the preset's thresholds is held on
// Enter; Edit gives back the draft untouched; Post anyway sends exactly the draft, once; a draft under the thresholds
// goes out on Enter with nothing held. What the page sends is read from the editor's own model at its send.
//
// What is simulated: as in other-sites.test.mjs, headless Chromium cannot answer Chrome's permission prompt, so the
// extension is loaded from a copy that is granted these origins (`launchGranting`); the worker's own `enable-site`
// (the popup's "Turn Tact on") then registers the content script, and everything after is real.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { launchGranting, openPage } from "./harness.mjs";
import { checked, tact, typeDraft } from "./fixtures.mjs";
import { EDITORS_ASSET, GENERIC_EDITOR_SITES } from "../fixtures/sites/sites.mjs";

const CHATS = GENERIC_EDITOR_SITES.filter((site) => site.sendKeys.includes("enter"));
const RUDE_PROMO = "Obviously you're wrong. Calm down and buy now, check out my channel!";
const KIND = "Thanks for flagging this, Dana. Which export format do you use?";

let browser;
before(async () => {
  const hosts = CHATS.map((site) => new URL(site.url).host);
  browser = await launchGranting(hosts);
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl("extension/pages/try.html"));
  for (const host of hosts) {
    const answer = await page.evaluate((host) => chrome.runtime.sendMessage({ type: "enable-site", host }), host);
    assert.equal(answer?.ok, true, JSON.stringify(answer));
  }
  await page.close();
});
after(async () => {
  await browser?.close();
});

const posted = (page) => page.evaluate(() => window.__tactFixture.posted);
const model = (page, site) =>
  page.evaluate((selector) => window.__tactFixture.editorFor(selector).text(), site.composer);

async function open(site) {
  const page = await openPage(browser, site.url, site.file, { assets: EDITORS_ASSET });
  await page.locator(site.composer).waitFor();
  return page;
}

for (const site of CHATS) {
  describe(`${site.id}: Enter sends from the real ${site.editor}, and Tact holds it`, () => {
    test("a draft over the thresholds is held; Edit gives it back as typed; Post anyway sends it once", async () => {
      const page = await open(site);
      await typeDraft(page, site.composer, RUDE_PROMO);
      await checked(page, RUDE_PROMO);
      await page.keyboard.press("Enter");
      await tact(page, "gate").waitFor();
      assert.deepEqual(await posted(page), [], "held: nothing sent");
      assert.equal(await model(page, site), RUDE_PROMO, "Enter did not reach the editor either");

      await tact(page, "edit").click();
      await tact(page, "gate").waitFor({ state: "hidden" });
      await page.waitForFunction(
        (selector) => document.activeElement === document.querySelector(selector),
        site.composer,
      );
      assert.equal(await model(page, site), RUDE_PROMO, "Edit: the draft as typed, in the editor's model");
      assert.deepEqual(await posted(page), []);

      await page.keyboard.press("Enter");
      await tact(page, "gate").waitFor();
      await tact(page, "post-anyway").click();
      await page.waitForFunction(() => window.__tactFixture.posted.length > 0);
      // Long enough for a second send (a replayed key and a replayed click) to have landed, were there one.
      await page.waitForTimeout(500);
      assert.deepEqual(await posted(page), [RUDE_PROMO], "Post anyway: exactly the draft, once");
      assert.equal(await model(page, site), "", "the site emptied its editor after the send");
      await page.close();
    });

    test("a draft under the thresholds goes out on Enter, with nothing held", async () => {
      const page = await open(site);
      await typeDraft(page, site.composer, KIND);
      await checked(page, KIND);
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => window.__tactFixture.posted.length > 0);
      await page.waitForTimeout(300);
      assert.deepEqual(await posted(page), [KIND]);
      assert.equal(await tact(page, "gate").count(), 0, "no check was shown");
      await page.close();
    });
  });
}
