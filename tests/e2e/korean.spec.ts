import { expect, test } from '@playwright/test';
import { axe, hostPoint, hoverHost, ready, watchConsole } from './helpers';

// The Korean pages on the shipped data: only names and words that do not change with a data release are asserted.
test.describe('Korean pages', () => {
  test('are Korean, link their English twins, and show Korean names and words', async ({ page }) => {
    const messages = watchConsole(page);
    await page.goto('ko/');
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '../');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('북한 해외 파견 노동자');
    const tooltip = await hoverHost(page, 'RUS');
    await expect(tooltip.locator('.tooltip-title')).toHaveText('러시아');
    await expect(tooltip).toContainText('명');
    await expect(page.locator('#legend-title')).toContainText('기준');
    expect(messages).toEqual([]);
  });

  test('a tap on a phone shows the Korean name and figure in the details', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto('ko/');
    await ready(page);
    const target = page.locator('svg.map path[data-host="RUS"]');
    await target.scrollIntoViewIfNeeded();
    const p = await hostPoint(page, 'RUS');
    await page.touchscreen.tap(p.x, p.y);
    await expect(page.locator('#panel-title')).toHaveText('러시아');
    await expect(page.locator('.panel-headline')).toContainText(/[0-9,]+(명|건)/);
    await context.close();
  });

  test('search finds hosts by their Korean and English names', async ({ page }) => {
    await page.goto('ko/');
    await ready(page);
    const box = page.locator('.search').getByRole('combobox');
    await box.fill('카타르');
    await expect(page.getByRole('listbox').getByRole('option').first()).toHaveText('카타르');
    await box.fill('러시아');
    await expect(page.getByRole('listbox').getByRole('option').first()).toHaveText('러시아');
    await box.fill('Qatar');
    await expect(page.getByRole('listbox').getByRole('option').first()).toHaveText('카타르');
    await page.getByRole('listbox').getByRole('option').first().click();
    await expect(page.locator('#panel-title')).toHaveText('카타르');
  });

  test('the language switch keeps the country, the year and the region', async ({ page }) => {
    await page.goto('ko/?year=2017&region=europe#RUS');
    await ready(page);
    await expect(page.locator('#panel-title')).toHaveText('러시아');
    await expect(page.locator('.year-slider')).toHaveValue('2017');
    await page.getByRole('link', { name: 'English' }).click();
    await ready(page);
    await expect(page).toHaveURL(/\/\?year=2017&region=europe#RUS$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#panel-title')).toHaveText('Russia');
    await expect(page.locator('.year-slider')).toHaveValue('2017');
    await expect(page.getByLabel('Map view')).toHaveValue('europe');
    await page.getByRole('link', { name: '한국어' }).click();
    await ready(page);
    await expect(page).toHaveURL(/\/ko\/\?year=2017&region=europe#RUS$/);
  });

  test('have no axe violations, with a panel open', async ({ page }) => {
    // axe walks every path of the map: slow on two cores (as in a11y.spec.ts).
    test.setTimeout(90_000);
    await page.goto('ko/#QAT');
    await ready(page);
    await expect(page.locator('#panel-title')).toHaveText('카타르');
    const results = await axe(page).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });

  test('the Korean embed is Korean', async ({ page }) => {
    await page.goto('ko/embed.html');
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('.credit a')).toHaveText(/전체 지도/);
  });
});
