// Opens a kubesim report in headless Chromium with no network, saves a full-page screenshot,
// and exits non-zero if the page logs a console error, throws, requests anything from the
// network, or has an image that did not load (naturalWidth 0).
//
// Usage: node check-report.mjs REPORT.html SCREENSHOT.png
// Environment: CHROMIUM (default /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [reportArg, screenshotArg] = process.argv.slice(2);
if (!reportArg || !screenshotArg) {
  console.error('usage: node check-report.mjs REPORT.html SCREENSHOT.png');
  process.exit(2);
}
const report = resolve(reportArg);
if (!existsSync(report)) {
  console.error(`browser-check: ${report}: no such file`);
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const userDataDir = mkdtempSync(join(tmpdir(), 'kubesim-browser-check-'));
const problems = [];

let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    offline: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // No network: any request that is not the file itself or a data: URI is refused and reported.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) {
      return route.continue();
    }
    problems.push(`network request refused: ${url}`);
    return route.abort('blockedbyclient');
  });
  const page = context.pages()[0] || await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      problems.push(`console error: ${msg.text()}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    if (!req.url().startsWith('data:')) {
      problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
    }
  });

  await page.goto(pathToFileURL(report).href, { waitUntil: 'load', timeout: 60_000 });
  const images = await page.evaluate(async () => {
    const all = Array.from(document.images);
    await Promise.all(all.map((img) => (img.decode ? img.decode().catch(() => {}) : null)));
    return all.map((img) => ({
      id: img.closest('figure')?.id || img.alt || '(image)',
      ok: img.complete && img.naturalWidth > 0,
      width: img.naturalWidth,
    }));
  });
  for (const img of images.filter((i) => !i.ok)) {
    problems.push(`image did not load: ${img.id}`);
  }
  await page.screenshot({ path: resolve(screenshotArg), fullPage: true });
  console.log(`browser-check: ${report}: ${images.filter((i) => i.ok).length} of ${images.length} images loaded, screenshot ${resolve(screenshotArg)}`);
} catch (err) {
  problems.push(`browser check could not run: ${err.message}`);
} finally {
  if (context) {
    await context.close().catch(() => {});
  }
  rmSync(userDataDir, { recursive: true, force: true });
}

if (problems.length > 0) {
  for (const p of problems) {
    console.error(`browser-check: FAIL: ${p}`);
  }
  process.exit(1);
}
console.log('browser-check: OK (no console errors, every image loaded, no network requests)');
