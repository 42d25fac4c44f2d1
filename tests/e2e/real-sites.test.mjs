// End to end, the site adapters against how the real sites are built (SITES.md) rather than against English-only
// fixtures: Facebook in French and Japanese (Post known by its place in the dialog, comments by theirs), X's mobile
// web textarea, LinkedIn's messaging Send without a form submit and its share box, no write that needs a synthetic
// Ctrl+A (LinkedIn refuses it), and Threads' "Add to thread", whose one Post is checked once for every draft.

import { test } from "node:test";
import assert from "node:assert/strict";
import { applyFromCard, checked, siteSession, tact, typeDraft } from "./fixtures.mjs";
import { FACEBOOK_LOCALIZED, SITES } from "../fixtures/sites/sites.mjs";

const RUDE_PROMO = "Obviously you're wrong. Calm down and buy now, check out my channel!";

const session = siteSession();
const { open } = session;
const site = (id) => [...SITES, ...FACEBOOK_LOCALIZED].find((candidate) => candidate.id === id);
const posted = (page) => page.evaluate(() => window.__tactFixture.posted);
/** The draft as the badge counts it: a textarea's value, or the editor's rendered text. */
const shownDraft = (page, selector) =>
  page.locator(selector).evaluate((editor) => editor.value ?? editor.innerText.replace(/[\u200b\ufeff]/g, ""));

/** Types the rude draft, waits for its check, then sends it the site's way and goes on with Post anyway. */
async function heldThenPosted(page, fixture, send) {
  await typeDraft(page, fixture.composer, RUDE_PROMO);
  await checked(page, await shownDraft(page, fixture.composer));
  await send();
  await tact(page, "gate").waitFor();
  assert.deepEqual(await posted(page), [], "the post waits for the check");
  await tact(page, "post-anyway").click();
  await page.waitForFunction(() => window.__tactFixture.posted.length === 1);
  assert.deepEqual(await posted(page), [RUDE_PROMO], "Post anyway sends exactly the draft");
}

// Swahili's labels are in no list of Tact's: there, only the controls' places tell Post and comment boxes apart.
for (const variant of ["lang-fr", "lang-ja", "lang-sw"]) {
  const dialog = site(`facebook-dialog-${variant}`);
  const comment = site(`facebook-${variant}`);

  test(`Facebook in another UI language (${variant}): the dialog's localized Post waits for the check`, async () => {
    const page = await open(dialog);
    const label = await page.locator(dialog.submit.click).getAttribute("aria-label");
    assert.notEqual(label, "Post", "the Post control carries the page's language");
    assert.equal(await page.locator('[role="dialog"] [aria-label="Post"]').count(), 0, "no English label anywhere");
    await heldThenPosted(page, dialog, () => page.click(dialog.submit.click));
    await page.close();
  });

  test(`Facebook (${variant}): Enter in a localized comment box waits for the check; Enter in the post dialog is a new line`, async () => {
    const page = await open(comment);
    assert.notEqual(await page.locator(comment.composer).getAttribute("aria-label"), "Write a comment…");
    await heldThenPosted(page, comment, () => page.keyboard.press("Enter"));

    await typeDraft(page, dialog.composer, "Obviously you're wrong.");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Calm down and buy now, check out my channel!");
    await checked(page, await shownDraft(page, dialog.composer));
    assert.equal(await tact(page, "gate").count(), 0, "Enter in the post dialog adds a line");
    assert.equal(
      await page.evaluate(() => window.__tactFixture.model()),
      "Obviously you're wrong.\nCalm down and buy now, check out my channel!",
    );
    await page.close();
  });
}

test("Facebook: the dialog's close and icon-only controls are not taken for its Post", async () => {
  const dialog = site("facebook-dialog-lang-fr");
  const page = await open(dialog);
  await typeDraft(page, dialog.composer, RUDE_PROMO);
  await checked(page, RUDE_PROMO);
  const clicked = [];
  for (const label of ["Fermer", "Photo/vidéo", "Identifier des personnes", "Humeur/activité"]) {
    await page.click(`[role="dialog"] [role="button"][aria-label="${label}"]`);
    clicked.push(label);
  }
  assert.equal(clicked.length, 4);
  assert.equal(await tact(page, "gate").count(), 0, "no check for controls that do not post");
  await page.click(dialog.submit.click);
  await tact(page, "gate").waitFor();
  await page.close();
});

test("X mobile web: the plain textarea composer is checked, and Ctrl+Enter waits for the check", async () => {
  const mobile = site("x-mobile");
  const page = await open(mobile);
  assert.equal(await page.locator(mobile.composer).evaluate((node) => node.localName), "textarea");
  await heldThenPosted(page, mobile, () => page.keyboard.press("Control+Enter"));
  await page.close();
});

test("X mobile web: the Reply button waits for the check, and Edit keeps the draft in the textarea", async () => {
  const mobile = site("x-mobile");
  const page = await open(mobile);
  await typeDraft(page, mobile.composer, RUDE_PROMO);
  await checked(page, RUDE_PROMO);
  await page.click(mobile.submit.click);
  await tact(page, "gate").waitFor();
  await tact(page, "edit").click();
  await tact(page, "gate").waitFor({ state: "detached" });
  assert.deepEqual(await posted(page), []);
  assert.equal(await page.locator(mobile.composer).inputValue(), RUDE_PROMO);
  assert.ok(await page.evaluate((s) => document.activeElement === document.querySelector(s), mobile.composer));
  await page.close();
});

test("LinkedIn messaging page: Send, a click action that never submits its form, waits for the check", async () => {
  const messaging = site("linkedin-messaging");
  const page = await open(messaging);
  await heldThenPosted(page, messaging, () => page.click(messaging.submit.click));
  assert.equal(
    await page.locator("form.msg-form").getAttribute("data-fixture-submits"),
    null,
    "no form submit took part",
  );
  await page.close();
});

test("LinkedIn messaging in #interop-outlet's shadow root: a Send that stops its form's submit waits for the check", async () => {
  const feed = site("linkedin-quill");
  const page = await open({ ...feed, url: `${feed.url}?tact-fixture=send-on-click` });
  const editor = "#interop-outlet .msg-form__contenteditable";
  await heldThenPosted(page, { ...feed, composer: editor }, () => page.click("#interop-outlet .msg-form__send-button"));
  await page.close();
});

test("LinkedIn share box: Post waits for the check, and Post anyway posts the draft", async () => {
  const share = site("linkedin-share");
  const page = await open(share);
  await heldThenPosted(page, share, () => page.click(share.submit.click));
  await page.close();
});

for (const id of ["linkedin-share", "linkedin-quill", "linkedin-tiptap", "linkedin-messaging"]) {
  test(`LinkedIn (${id}): a rewrite from the card lands in the editor without a synthetic Ctrl+A`, async () => {
    const fixture = site(id);
    const page = await open(fixture);
    await typeDraft(page, fixture.composer, RUDE_PROMO);
    await checked(page, await shownDraft(page, fixture.composer));
    await applyFromCard(page, "builtin.certainty");
    const rewritten = RUDE_PROMO.replace("Obviously", "I think");
    await page.waitForFunction((text) => window.__tactFixture.model() === text, rewritten);
    assert.equal(await page.evaluate(() => window.__tactFixture.rejectedSelectAll), 0, "Tact never pressed Ctrl+A");
    await page.close();
  });
}

const CALM = "Thanks for flagging this! What happened when you tried?";

/** Types a first draft on Threads, then one more per "Add to thread", each in its own editor. */
async function typeThread(page, threads, drafts) {
  await typeDraft(page, threads.composer, drafts[0]);
  for (const draft of drafts.slice(1)) {
    await page.click('[role="dialog"] [role="button"]:text-is("Add to thread")');
    await page.keyboard.type(draft);
  }
  await checked(page, drafts.at(-1));
}

test("Threads' Add to thread: a rude first post waits for the check though the calm last one has the focus", async () => {
  const threads = site("threads");
  const page = await open(threads);
  await typeThread(page, threads, [RUDE_PROMO, CALM]);
  await page.click(threads.submit.click);
  await tact(page, "gate").waitFor();
  assert.deepEqual(await posted(page), [], "no post of the thread goes while the check is open");
  const quotes = await tact(page, "gate").locator("[data-tact=issue]").allTextContents();
  assert.ok(
    quotes.some((quote) => quote.includes("Obviously") || quote.includes("buy now")),
    `issues: ${quotes}`,
  );
  await tact(page, "post-anyway").click();
  await page.waitForFunction(() => window.__tactFixture.posted.length === 2);
  assert.deepEqual(await posted(page), [RUDE_PROMO, CALM], "Post anyway sends the whole thread as written");
  await page.close();
});

test("Threads' Add to thread: one check for the whole thread, and a calm thread goes out at once", async () => {
  const threads = site("threads");
  const page = await open(threads);
  await typeThread(page, threads, [CALM, RUDE_PROMO, RUDE_PROMO]);
  await page.click(threads.submit.click);
  await tact(page, "gate").waitFor();
  assert.equal(await tact(page, "gate").count(), 1, "one check for all three posts");
  await tact(page, "edit").click();
  await tact(page, "gate").waitFor({ state: "detached" });
  assert.deepEqual(await posted(page), []);
  await page.close();

  const calm = await open(threads);
  await typeThread(calm, threads, [CALM, "And what device were you on?"]);
  await calm.click(threads.submit.click);
  await calm.waitForFunction(() => window.__tactFixture.posted.length === 2);
  assert.equal(await tact(calm, "gate").count(), 0);
  assert.deepEqual(await posted(calm), [CALM, "And what device were you on?"]);
  await calm.close();
});

test("the real-site pages make no network request", () => {
  assert.deepEqual(session.browser.blockedRequests, []);
});
