// Drives Neo4j Browser as served by `paddock serve`, in the system's headless Chromium (no browser download):
// opens the printed Browser URL, connects, runs a facade query file from cypher/queries/ with its example parameters
// and checks the rendered rows, plays the Paddock guide, runs its model slide and checks that the graph shows names
// (the Paddock graph style), and saves a screenshot.
//
// Usage: node browser-test.mjs HTTP_URL BOLT_URI SCREENSHOT.png
// Env: CHROMIUM (default /usr/bin/chromium). Prints one line per step; exits 1 with the reason on the first failure.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [http, bolt, screenshot] = process.argv.slice(2);
if (!http || !bolt || !screenshot) {
  console.error('usage: node browser-test.mjs HTTP_URL BOLT_URI SCREENSHOT.png');
  process.exit(2);
}
const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const started = Date.now();
const step = (what) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${what}`);

/** A query file's `// :param name => value` lines as one `:params {...}` command, and the query itself. */
function queryFile(relative) {
  const params = [];
  const query = [];
  for (const line of readFileSync(join(repo, relative), 'utf8').split(/\r?\n/)) {
    const m = line.trim().match(/^\/\/ :param (\w+) => (.*)$/);
    if (m) params.push(`${m[1]}: ${m[2]}`); else query.push(line);
  }
  return { params: `:params {${params.join(', ')}}`, query: query.join('\n').trim() };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
let failed = false;
const page = await browser.newPage({ viewport: { width: 1500, height: 1400 } });
try {
  page.setDefaultTimeout(20000);

  /** Types a command into the editor and runs it; returns the frame it opened (the newest). */
  async function run(command) {
    const frames = await page.locator('[data-testid="frame"]').count();
    const editor = page.locator('[data-testid="activeEditor"]');
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(command);
    await page.locator('[data-testid="editor-Run"]').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="frame"]').length > n, frames);
    return page.locator('[data-testid="frame"]').first();
  }

  const url = `${http}/browser/?dbms=${encodeURIComponent(bolt)}&preselectAuthMethod=NO_AUTH`;
  await page.goto(url);
  step(`opened ${url}`);

  // Browser connects by itself when the server needs no authentication, else shows the connect form. Once connected
  // it runs the server's browser.post_connect_cmd, which `paddock serve` sets to load the Paddock graph style.
  const styled = page.locator('[data-testid="frame"]').filter({ hasText: '/paddock/style.grass' }).first();
  const connect = page.locator('[data-testid="connect"]');
  await Promise.race([styled.waitFor(), connect.waitFor({ state: 'visible' }).then(() => connect.click()).catch(() => {})]);
  await styled.getByText("caption: \"{name}\"").first().waitFor();
  step('connected over Bolt without authentication; serve\'s post-connect command loaded the Paddock graph style');

  const coDrivers = queryFile('cypher/queries/co-drivers.cypher');
  await run(coDrivers.params);
  const result = await run(coDrivers.query);
  await result.getByText('Romain Dumas').first().waitFor();
  const text = await result.innerText();
  for (const expected of ['Romain Dumas', 'Patrick Long']) {
    if (!text.includes(expected)) throw new Error(`co-drivers.cypher: "${expected}" not in the rendered result`);
  }
  step('ran cypher/queries/co-drivers.cypher: Romain Dumas and Patrick Long are Timo Bernhard\'s 2007 co-drivers');

  await run(`:play ${http}/paddock/guide`);
  const guide = page.locator('[data-testid="frame"]').filter({ has: page.locator('[data-testid="carousel"]') }).first();
  await guide.getByText('Motorsport history as a graph').first().waitFor();
  step('played the Paddock guide');

  await page.locator('[data-testid="nextSlide"]').first().dispatchEvent('click');
  await guide.getByText('An entry is a car; a squad is a team at one event').first().waitFor({ state: 'visible' });
  const runnables = guide.locator('pre.runnable:visible');
  const blocks = await runnables.count();
  if (blocks !== 2) throw new Error(`the model slide has ${blocks} runnable blocks, expected 2 (:params, query)`);
  const model = queryFile('cypher/guide/model.cypher');
  const shown = (await runnables.nth(1).innerText()).trim();
  if (shown !== model.query) throw new Error('the model slide does not show cypher/guide/model.cypher as it is');
  for (let i = 0; i < blocks; i++) {
    await runnables.nth(i).click();
    const frames = await page.locator('[data-testid="frame"]').count();
    await page.locator('[data-testid="editor-Run"]').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="frame"]').length > n, frames);
  }
  const graph = page.locator('[data-testid="frame"]').first();
  // Captions wrap: one <text> element a line ("Penske" / "Racing").
  await graph.locator('svg text', { hasText: 'Penske' }).first().waitFor();
  const captions = (await graph.locator('svg text').allTextContents()).join(' ');
  for (const expected of ['Penske', 'Racing', 'Timo', 'Bernhard', 'Petit', 'Maassen', 'LMP2']) {
    if (!captions.includes(expected)) throw new Error(`the model graph has no caption "${expected}" (captions: ${captions})`);
  }
  step('ran the guide\'s model slide: the graph shows names (Penske Racing, Timo Bernhard, Petit Le Mans …), not ids');

  await page.waitForTimeout(1500); // let the force layout settle for the picture
  await page.screenshot({ path: screenshot });
  step(`screenshot ${screenshot}`);
} catch (e) {
  failed = true;
  console.error(`browser test failed: ${e.message.split("\n")[0]}`);
  if (process.env.DEBUG) console.error(e.stack);
  await page.screenshot({ path: screenshot.replace(/\.png$/, '-failure.png') }).catch(() => {});
} finally {
  await browser.close();
}
console.log(failed ? '0 passed, 1 failed' : `browser test passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failed ? 1 : 0);
