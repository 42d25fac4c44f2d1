// End to end under LinkedIn's Trusted Types enforcement (SITES.md): with the page's default policy, and with no policy
// allowed at all, every Tact feature works on both LinkedIn editors (badge, underlines, card and rewrite, pre-post
// check, Post anyway) and no string of Tact's ever reaches a script sink (no violation, no use of the default policy).

import { test } from "node:test";
import assert from "node:assert/strict";
import { checked, siteSession, tact, typeDraft } from "./fixtures.mjs";
import { SITES, TRUSTED_TYPES_NO_POLICY_CSP } from "../fixtures/sites/sites.mjs";

const RUDE_PROMO = "Obviously you're wrong. Calm down and buy now, check out my channel!";
const REWRITTEN = RUDE_PROMO.replace("Obviously", "I think");

const session = siteSession();
const fixture = (page) =>
  page.evaluate(() => {
    const { posted, defaultPolicy, defaultPolicyUses, violations } = window.__tactFixture;
    return { posted, defaultPolicy, defaultPolicyUses, violations };
  });

const CASES = [
  { site: SITES.find((row) => row.id === "linkedin-quill"), policy: true, engine: "page" },
  { site: SITES.find((row) => row.id === "linkedin-tiptap"), policy: true, engine: "page" },
  { site: SITES.find((row) => row.id === "linkedin-quill-no-policy"), policy: false, engine: "page" },
  // No policy, and no WebAssembly in the page either: the worker's engine answers.
  {
    site: {
      ...SITES.find((row) => row.id === "linkedin-tiptap"),
      csp: `${TRUSTED_TYPES_NO_POLICY_CSP}; script-src 'self' 'unsafe-inline'`,
    },
    policy: false,
    engine: "worker",
  },
];

for (const { site, policy, engine } of CASES) {
  test(`${site.id} under "${site.csp}": badge, underlines, card, rewrite, check and Post anyway all work`, async () => {
    const page = await session.open(site);
    assert.equal(
      (await fixture(page)).defaultPolicy,
      policy,
      "the page's default policy exists only where its CSP allows one",
    );
    // Trusted Types are enforced: a string given to innerHTML goes through the default policy, or throws without one.
    const probe = await page.evaluate(() => {
      const uses = window.__tactFixture.defaultPolicyUses;
      // The page's own uses as it started (stock Quill's innerHTML) are the page's, not Tact's: only later ones count.
      uses.splice(0);
      try {
        document.createElement("div").innerHTML = "<b>probe</b>";
      } catch {
        return "refused";
      }
      return uses
        .splice(0)
        .map((use) => use.sink)
        .join();
    });
    assert.equal(probe, policy ? "Element innerHTML" : "refused");

    await typeDraft(page, site.composer, RUDE_PROMO);
    await checked(page, RUDE_PROMO);
    assert.equal(await tact(page, "badge").getAttribute("data-engine"), engine);
    const underlined = await page.evaluate(() =>
      [...CSS.highlights].flatMap(([name, highlight]) => (name.startsWith("tact-") ? [...highlight].map(String) : [])),
    );
    assert.ok(underlined.includes("Obviously") && underlined.includes("buy now"), `underlined: ${underlined}`);

    await page.keyboard.press("Control+Home");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Alt+Enter");
    await tact(page, "card").locator('[data-tact=item][data-rule="builtin.certainty"] [data-tact=apply]').click();
    await page.waitForFunction((text) => window.__tactFixture.model() === text, REWRITTEN);
    await checked(page, REWRITTEN);

    await page.click(site.submit.click);
    await tact(page, "gate").waitFor();
    assert.deepEqual((await fixture(page)).posted, [], "the post waits for the check");
    await tact(page, "post-anyway").click();
    await page.waitForFunction(() => window.__tactFixture.posted.length === 1);

    const after = await fixture(page);
    assert.deepEqual(after.posted, [REWRITTEN], "the site posted the rewritten draft, once");
    assert.deepEqual(after.defaultPolicyUses, [], "no string went through the page's default policy");
    const sinks = after.violations.filter(
      (violation) => violation.directive === "require-trusted-types-for" && !violation.sample.includes("<b>probe</b>"),
    );
    assert.deepEqual(sinks, [], "no string reached a Trusted Types sink");
    if (!policy) {
      const seen = after.violations.some((violation) => violation.sample.includes("<b>probe</b>"));
      assert.ok(seen, "the page does record a string given to a sink (the probe's)");
    }
    await page.close();
  });
}

test("the Trusted Types pages make no network request", () => {
  assert.deepEqual(session.browser.blockedRequests, []);
});
