/** Load failures, hostile dataset text, right-to-left text and the CSP, on the fixture dataset. */
import { test, expect, type Locator, type Page, type Route } from '@playwright/test';
import { hoverHost, ready, watchConsole } from './helpers';
import { ARABIC_NAME, DATA_ROUTE, FIXTURE_TEXT, HEBREW_TITLE, fixture, openFixture } from './fixture';

async function expectFailureThenRetry(page: Page, serveBroken: (route: Route) => Promise<void>, message: RegExp | string, more?: (alert: Locator) => Promise<void>) {
  let broken = true;
  await page.route(DATA_ROUTE, async (route) => (broken ? serveBroken(route) : route.fulfill({ body: FIXTURE_TEXT, contentType: 'application/json' })));
  await page.goto('./');
  const alert = page.locator('#load-status [role="alert"]');
  await expect(alert).toContainText(message);
  // The prerendered map stays visible, and the app has not started.
  await expect(page.locator('svg.map')).toBeVisible();
  expect(await page.locator('svg.map path[data-shape]').count()).toBeGreaterThanOrEqual(150);
  await expect(page.locator('#app[data-ready]')).toHaveCount(0);
  await more?.(alert);
  broken = false;
  const retried = page.waitForRequest((r) => r.url().endsWith('/data/dataset.json'));
  await alert.getByRole('button', { name: 'Retry' }).click();
  await retried;
  await expect(page.locator('#load-status [role="alert"]')).toHaveCount(0);
  await ready(page);
  // The fixture is on the map now.
  await expect((await hoverHost(page, 'RUS')).locator('.tooltip-figure')).toHaveText('30,023 valid work permits in December 2017');
  return alert;
}

test.describe('a dataset that fails to load', () => {
  test('404: says so and retries', async ({ page }) => {
    await expectFailureThenRetry(page, (r) => r.fulfill({ status: 404, body: 'Not found' }), /The dataset could not be loaded\. The server answered 404 .*data\/dataset\.json\./);
  });

  test('network error: says so and retries', async ({ page }) => {
    await expectFailureThenRetry(page, (r) => r.abort('failed'), 'The dataset could not be loaded. The network request for data/dataset.json failed.');
  });

  test('invalid JSON: says so and retries', async ({ page }) => {
    await expectFailureThenRetry(page, (r) => r.fulfill({ body: FIXTURE_TEXT.slice(0, 300), contentType: 'application/json' }), /^The dataset is not valid JSON\./);
  });

  test('a file that breaks the schema: counts the errors, names the first path, and retries', async ({ page }) => {
    const broken = fixture();
    broken.version = 'latest';
    broken.hosts[3].figures = 'many';
    const alert = await expectFailureThenRetry(
      page,
      (r) => r.fulfill({ body: JSON.stringify(broken), contentType: 'application/json' }),
      'The dataset failed validation (2 errors). data/dataset.json: $.version: "latest" is not a semantic version',
      async (alert) => {
        await alert.getByText('All 2 problems').click();
        await expect(alert.locator('li')).toHaveCount(2);
        await expect(alert.locator('li').nth(1)).toContainText('$.hosts[3].figures: Expected a list of figures, found "many".');
      },
    );
    await expect(alert).toHaveCount(0);
    await expect(page.locator('#load-status')).toBeEmpty();
  });

  test('a right-to-left override in a host name is refused with its path', async ({ page }) => {
    const broken = fixture();
    broken.hosts[0].name = 'Mon\u202egolia';
    await page.route(DATA_ROUTE, (r) => r.fulfill({ body: JSON.stringify(broken), contentType: 'application/json' }));
    await page.goto('./');
    await expect(page.locator('#load-status [role="alert"]')).toContainText(
      'The dataset failed validation (1 error). data/dataset.json: $.hosts[0].name: Text holds a right-to-left override (U+202E) at position 3.',
    );
  });
});

test.describe('hostile dataset text', () => {
  test('a javascript: URL fails validation, names its path, and nothing runs', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const evil = fixture();
    evil.hosts[0].note = '<img src=x onerror=alert(1)>';
    evil.sources['mn-gov'].url = 'javascript:alert(1)';
    await page.route(DATA_ROUTE, (r) => r.fulfill({ body: JSON.stringify(evil), contentType: 'application/json' }));
    await page.goto('./');
    await expect(page.locator('#load-status [role="alert"]')).toContainText('$.sources["mn-gov"].url: Only http and https links are allowed; found a "javascript:" URL.');
    await expect(page.locator('#app img')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('markup in a name and a note (valid text) renders as inert text in the panel, the tooltip and the table', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const evil = fixture();
    evil.hosts[0].name = 'Mongolia <b>bold</b>';
    evil.hosts[0].note = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await openFixture(page, './#MNG', evil);
    const panel = page.locator('section.panel');
    await expect(panel.locator('h2')).toHaveText('Mongolia <b>bold</b>');
    await expect(panel.locator('.panel-note')).toHaveText('<img src=x onerror=alert(1)><script>alert(2)</script>');
    await expect((await hoverHost(page, 'MNG')).locator('.tooltip-title')).toHaveText('Mongolia <b>bold</b>');
    await expect(page.locator('#data-table tbody th').filter({ hasText: 'Mongolia' })).toHaveText('Mongolia <b>bold</b>');
    // Had the text been parsed as HTML, these elements would exist (and the image would have been requested).
    await expect(page.locator('#app img, #app b, #app script')).toHaveCount(0);
    expect(requests.filter((p) => p.endsWith('/x'))).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});

test.describe('right-to-left dataset text is isolated', () => {
  test('an Arabic host name and a Hebrew source title sit in <bdi>, and what follows keeps its order', async ({ page }) => {
    await openFixture(page, './#DZA');
    const panel = page.locator('section.panel');
    // The name: isolated in the panel heading, the tooltip, the table and the search.
    await expect(panel.locator('h2 > bdi')).toHaveText(ARABIC_NAME);
    await expect(panel.locator('h2')).toHaveText(ARABIC_NAME);
    await expect((await hoverHost(page, 'DZA')).locator('.tooltip-title > bdi')).toHaveText(ARABIC_NAME);
    await expect(page.locator('#data-table tbody th button > bdi').filter({ hasText: ARABIC_NAME })).toHaveCount(1);
    // The status line: date, then the status, left to right.
    await expect(panel.locator('ol.status-history > li')).toHaveText(['March 2016: Reported, presence unconfirmed [1]']);
    // The citation: publisher. title. date. link — the date and the link stay to the right of the Hebrew title.
    const citation = panel.locator('ol.sources > li').first();
    const title = citation.locator('cite > bdi');
    await expect(title).toHaveText(HEBREW_TITLE);
    await expect(title).toHaveAttribute('lang', 'he');
    const date = citation.locator(':scope > bdi', { hasText: '1 March 2016' });
    const link = citation.getByRole('link');
    await expect(link).toHaveAttribute('href', 'https://herald.example.co.il/article');
    // Boxes of each piece's first and last line (a date may wrap at its hyphens).
    const rects = (l: typeof title) => l.evaluate((el) => {
      const r = [...el.getClientRects()].map(({ left, right, top, bottom, y }) => ({ left, right, top, bottom, y }));
      return { first: r[0], last: r[r.length - 1] };
    });
    const [publisherBox, titleBox, dateBox, linkBox] = await Promise.all([citation.locator(':scope > bdi').first(), title, date, link].map(rects));
    // The title starts right of the publisher on the same line; the date starts right of the title on the same line.
    expect(Math.abs(titleBox.first.y - publisherBox.last.y)).toBeLessThan(4);
    expect(titleBox.first.left).toBeGreaterThanOrEqual(publisherBox.last.right - 1);
    expect(Math.abs(dateBox.first.y - titleBox.last.y)).toBeLessThan(4);
    expect(dateBox.first.left).toBeGreaterThanOrEqual(titleBox.last.right - 1);
    // The link follows the date: further right on the same line, or on a later line.
    const sameLine = linkBox.first.top < dateBox.last.bottom - 2 && dateBox.last.top < linkBox.first.bottom - 2;
    if (sameLine) expect(linkBox.first.left).toBeGreaterThanOrEqual(dateBox.last.right - 1);
    else expect(linkBox.first.top).toBeGreaterThanOrEqual(dateBox.last.bottom - 2);
  });
});

test.describe('Content-Security-Policy', () => {
  const cspWatch = async (page: Page) => {
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
  };
  const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

  test('the full page: the meta tag forbids inline script and style, and the page breaks none of its rules', async ({ page }) => {
    const log = watchConsole(page);
    await cspWatch(page);
    await openFixture(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    // Hover (the tooltip is placed by a style property), pin a panel (a chart), change the year.
    await expect((await hoverHost(page, 'CHN')).locator('.tooltip-title')).toHaveText('China');
    await page.locator('svg.map path[data-host="CHN"]').click();
    await expect(page.locator('section.panel h2')).toHaveText('China');
    await page.locator('input.year-slider').focus();
    await page.keyboard.press('Home');
    await expect(page.locator('#legend-title')).toHaveText('DPRK workers as of 2015');
    expect(await violations(page)).toEqual([]);
    expect(await page.locator('script:not([src]):not([type="application/json"])').count()).toBe(0);
    expect(log).toEqual([]);
  });

  test('the embed, with the fixture inlined: no violations', async ({ page }) => {
    const log = watchConsole(page);
    await cspWatch(page);
    // The embed carries its dataset inline: swap the fixture into the page itself.
    await page.route('**/embed.html', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        /(<script[^>]*id="dataset-json"[^>]*>)[\s\S]*?(<\/script>)/,
        (_, open: string, close: string) => `${open}${FIXTURE_TEXT.replace(/</g, '\\u003c')}${close}`,
      );
      expect(html).toContain('Fixture Panel');
      await route.fulfill({ response, body: html });
    });
    await page.goto('./embed.html#RUS');
    await ready(page);
    await expect(page.locator('section.panel h2')).toHaveText('Russia');
    await expect((await hoverHost(page, 'CHN')).locator('.tooltip-figure')).toHaveText('20,000 to 100,000 workers in July 2018');
    expect(await violations(page)).toEqual([]);
    expect(log).toEqual([]);
  });
});

test('a visitor whose clock is years behind still gets a working map', async ({ page }) => {
  await page.clock.install({ time: new Date('2010-01-01T00:00:00Z') });
  await openFixture(page);
  await expect(page.locator('#load-status [role="alert"]')).toHaveCount(0);
  await expect((await hoverHost(page, 'RUS')).locator('.tooltip-title')).toHaveText('Russia');
});
