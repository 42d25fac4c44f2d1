// The headless demo `make` ends with: load the extension, type a draft on the try-it page, screenshot, print scores.

import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launch, readBadge, ROOT, typeInto, waitForBadge } from "./harness.mjs";

const DRAFT =
  "Obviously you're wrong, calm down. Buy now and check out my channel! " +
  "Thanks for telling us though. What happened when you tried to save?";

const browser = await launch();
try {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl("extension/pages/try.html"));
  await typeInto(page, "#reply", DRAFT);
  await waitForBadge(page);
  await page.waitForTimeout(200); // let the last keystroke's check land
  const badge = await readBadge(page);
  mkdirSync(join(ROOT, "target"), { recursive: true });
  const shot = join(ROOT, "target/demo.png");
  await page.screenshot({ path: shot });
  console.log(`Draft: ${DRAFT}`);
  console.log(
    `Badge (engine in the ${badge.engine}): listening ${badge.listening}, respect ${badge.respect}, promotion ${badge.promotion}`,
  );
  console.log(`Screenshot: ${shot}`);
} finally {
  await browser.close();
}
