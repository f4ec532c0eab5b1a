/** Search on the fixture: a country whose occupied territory is a host points to it. */
import { test, expect } from '@playwright/test';
import { openFixture } from './fixture';

test('"georgia" offers Abkhazia first, then Georgia with a note; Georgia\'s details lead to Abkhazia', async ({ page }) => {
  await openFixture(page);
  const search = page.getByRole('combobox', { name: 'Find a country' });
  await search.fill('georgia');
  const options = page.getByRole('listbox', { name: 'Matching countries' }).getByRole('option');
  await expect(options).toHaveText(['Abkhazia', 'Georgia (no data; see Abkhazia, under occupation)']);
  await options.nth(1).click();
  const panel = page.locator('section.panel');
  await expect(panel.locator('h2')).toHaveText('Georgia');
  await expect(panel).toContainText('Workers are reported in Abkhazia, under occupation');
  await panel.getByRole('button', { name: 'Show Abkhazia' }).click();
  await expect(panel.locator('h2')).toHaveText('Abkhazia');
  await expect(page).toHaveURL(/#GE-AB$/);
});
