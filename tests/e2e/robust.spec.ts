import { test, expect, type Page, type Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { hoverHost, ready, watchConsole } from './helpers';

const DATA = '**/data/dataset.json';
const good = readFileSync('dist/data/dataset.json', 'utf8');

async function expectFailureThenRetry(page: Page, serveBroken: (route: Route) => Promise<void>, message: RegExp) {
  let broken = true;
  await page.route(DATA, async (route) => (broken ? serveBroken(route) : route.fulfill({ body: good, contentType: 'application/json' })));
  await page.goto('./');
  const alert = page.locator('#load-status [role="alert"]');
  await expect(alert).toContainText(message);
  // The prerendered map stays visible and nothing is interactive yet.
  expect(await page.locator('svg.map path').count()).toBeGreaterThanOrEqual(150);
  await expect(page.locator('svg.map')).toBeVisible();
  broken = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('#load-status [role="alert"]')).toHaveCount(0);
  await ready(page);
  await expect(await hoverHost(page, 'CHN')).toContainText('China');
}

test.describe('a dataset that fails to load', () => {
  test('404: says so and retries', async ({ page }) => {
    await expectFailureThenRetry(page, (r) => r.fulfill({ status: 404, body: 'Not found' }), /The dataset could not be loaded\. The server answered 404 .*data\/dataset\.json/);
  });

  test('network error: says so and retries', async ({ page }) => {
    await expectFailureThenRetry(page, (r) => r.abort('failed'), /The dataset could not be loaded\. The network request for data\/dataset\.json failed/);
  });

  test('invalid JSON: says so and retries', async ({ page }) => {
    await expectFailureThenRetry(page, (r) => r.fulfill({ body: good.slice(0, 500), contentType: 'application/json' }), /The dataset is not valid JSON\./);
  });

  test('a schema-breaking file: names the path and retries', async ({ page }) => {
    const broken = JSON.parse(good);
    broken.hosts[0].estimates = 'many';
    broken.version = 'latest';
    await expectFailureThenRetry(
      page,
      (r) => r.fulfill({ body: JSON.stringify(broken), contentType: 'application/json' }),
      /The dataset failed validation \(2 errors\)\. data\/dataset\.json: \$\.version: "latest" is not a semantic version\./,
    );
    await expect(page.locator('#load-status')).toBeEmpty();
  });
});

test.describe('hostile dataset text', () => {
  test('an injected tag in a note and a javascript: URL fail validation, and nothing runs', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const evil = JSON.parse(good);
    evil.hosts[0].note = '<img src=x onerror=alert(1)>';
    const firstSource = Object.keys(evil.sources)[0];
    evil.sources[firstSource].url = 'javascript:alert(1)';
    await page.route(DATA, (r) => r.fulfill({ body: JSON.stringify(evil), contentType: 'application/json' }));
    await page.goto('./');
    await expect(page.locator('#load-status [role="alert"]')).toContainText(`$.sources["${firstSource}"].url: Only http and https links are allowed; found a "javascript:" URL.`);
    expect(dialogs).toEqual([]);
  });

  test('forced through (the note alone is valid text), the tag renders as inert text', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const evil = JSON.parse(good);
    const host = evil.hosts.find((h: { id: string }) => h.id === 'CHN');
    host.note = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    host.name = 'China <b>bold</b>';
    await page.route(DATA, (r) => r.fulfill({ body: JSON.stringify(evil), contentType: 'application/json' }));
    await page.goto('./#CHN');
    await ready(page);
    const panel = page.locator('section.panel');
    await expect(panel.locator('.panel-note')).toHaveText('<img src=x onerror=alert(1)><script>alert(2)</script>');
    await expect(panel.locator('h2')).toHaveText('China <b>bold</b>');
    await expect(panel.locator('img, script, b')).toHaveCount(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });
});

test.describe('Content-Security-Policy', () => {
  for (const path of ['./', './embed.html#CHN']) {
    test(`${path}: the meta tag forbids inline script, and the page breaks none of its rules`, async ({ page }) => {
      const log = watchConsole(page);
      await page.addInitScript(() => {
        (window as unknown as { __csp: string[] }).__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.goto(path);
      await ready(page);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("default-src 'self'");
      await hoverHost(page, 'RUS');
      await page.getByRole('tooltip').waitFor();
      expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      expect(await page.locator('script:not([src]):not([type="application/json"])').count()).toBe(0);
      expect(log).toEqual([]);
    });
  }
});

test('a visitor whose clock is years behind still gets a working map', async ({ page }) => {
  await page.clock.install({ time: new Date('2020-01-01T00:00:00Z') });
  await page.goto('./');
  await ready(page);
  await expect(page.locator('#load-status [role="alert"]')).toHaveCount(0);
  await expect(await hoverHost(page, 'RUS')).toContainText('Russia');
});
