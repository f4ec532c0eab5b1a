/** A page per host (country/<ID>/): it opens on its host, keeps ?year= and #ID, and works under a sub-path. */
import { expect, test } from '@playwright/test';
import { SUB_PATH_SITE } from '../../playwright.config';
import { ready, watchConsole } from './helpers';
import { openFixture } from './fixture';

const panelTitle = '#panel-title';

test('country/CHN/ opens on China with its details, its own title, and the year from the URL', async ({ page }) => {
  const messages = watchConsole(page);
  await openFixture(page, 'country/CHN/');
  await expect(page.locator(panelTitle)).toHaveText('China');
  await expect(page.locator('.panel-headline')).toContainText('20,000 to 100,000 workers in July 2018');
  await expect(page).toHaveTitle(/^China: /);
  await expect(page.locator('svg.map path[data-host="CHN"]')).toHaveAttribute('data-selected', '');
  expect(messages).toEqual([]);
});

test('country/CHN/?year=2016 opens on China as of 2016', async ({ page }) => {
  await openFixture(page, 'country/CHN/?year=2016');
  await expect(page.locator(panelTitle)).toHaveText('China');
  await expect(page.locator('.panel-headline')).toContainText('50,000 workers in 2016');
});

test('a #ID in the URL wins over the page’s own host; closing the details keeps them closed', async ({ page }) => {
  await openFixture(page, 'country/CHN/#RUS');
  await expect(page.locator(panelTitle)).toHaveText('Russia');
  await page.getByRole('button', { name: 'Close details' }).click();
  await expect(page.locator(panelTitle)).toHaveCount(0);
  await expect(page.locator('.panel-empty')).toBeVisible();
});

test('the host’s changes across versions are fetched when the list is opened, only that host’s', async ({ page }) => {
  const changes = { CHN: [{ version: '9.9.9', date: '2030-01-02', text: 'A change to China.' }], RUS: [{ version: '9.9.9', date: '2030-01-02', text: 'A change to Russia.' }] };
  await page.route('**/data/changes.json', (route) => route.fulfill({ body: JSON.stringify(changes), contentType: 'application/json' }));
  await openFixture(page, 'country/CHN/');
  const list = page.locator('details.host-changes');
  const request = page.waitForRequest('**/data/changes.json');
  await list.locator('summary').click();
  await request;
  await expect(list.locator('li')).toHaveText(['v9.9.9 (2030-01-02): A change to China.']);
});

// The shipped data, so that the page hydrates (a mismatch would be logged): only names are asserted.
test('the Korean host page under a sub-path hydrates on its host and finds its assets and data', async ({ page }) => {
  const messages = watchConsole(page);
  await page.goto(`${SUB_PATH_SITE}ko/country/RUS/`);
  await ready(page);
  await expect(page.locator(panelTitle)).toHaveText('러시아');
  await expect(page.locator('link[rel="stylesheet"]')).toHaveAttribute('href', /^\.\.\/\.\.\/assets\//);
  const english = page.locator('a.language-switch');
  await expect(english).toHaveAttribute('href', '../../../country/RUS/#RUS');
  await english.click();
  await ready(page);
  await expect(page).toHaveURL(`${SUB_PATH_SITE}country/RUS/#RUS`);
  await expect(page.locator(panelTitle)).toHaveText('Russia');
  expect(messages).toEqual([]);
});
