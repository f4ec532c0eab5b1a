/** The one test on the shipped dataset: it loads cleanly and answers. Behaviour is tested on the fixture. */
import { test, expect } from '@playwright/test';
import { hoverHost, ready, watchConsole } from './helpers';

test('the shipped dataset: loads with no console errors, a host answers a hover, the legend counts hosts', async ({ page }) => {
  const log = watchConsole(page);
  await page.goto('./');
  await ready(page);
  await expect(page.locator('#load-status [role="alert"]')).toHaveCount(0);
  const tooltip = await hoverHost(page, 'CHN');
  await expect(tooltip.locator('.tooltip-title')).toHaveText('China');
  await expect(tooltip.locator('.tooltip-figure')).not.toBeEmpty();
  const counts = await page.locator('.legend .legend-count').allTextContents();
  expect(counts.length).toBeGreaterThan(3);
  for (const c of counts) expect(c.trim()).toMatch(/^\(\d+\)$/);
  const total = counts.reduce((sum, c) => sum + Number(c.replace(/\D/g, '')), 0);
  expect(total).toBeGreaterThan(0);
  expect(log).toEqual([]);
});
