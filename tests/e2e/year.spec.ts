/** The year control ("The map in time"), on the fixture dataset: span 2015 to 2020. */
import { test, expect, type Page } from '@playwright/test';
import { hoverHost } from './helpers';
import { FIRST_YEAR, LAST_YEAR, openFixture } from './fixture';

const slider = (page: Page) => page.locator('input.year-slider');
const mongolia = (page: Page) => page.locator('svg.map path[data-host="MNG"]');
const legendTitle = (page: Page) => page.locator('#legend-title');

/** Visible text of an element, without the charts' axes (they show the dataset's span, not data). */
const textWithoutCharts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('svg').forEach((s) => s.remove());
    return copy.textContent ?? '';
  }).join(' '));

test('the slider spans the dataset and starts on its last year', async ({ page }) => {
  await openFixture(page);
  await expect(slider(page)).toHaveAttribute('min', String(FIRST_YEAR));
  await expect(slider(page)).toHaveAttribute('max', String(LAST_YEAR));
  await expect(slider(page)).toHaveValue(String(LAST_YEAR));
  await expect(page.getByRole('slider', { name: /Year/ })).toHaveAttribute('aria-valuetext', 'as of 2020');
  await expect(legendTitle(page)).toHaveText('DPRK workers as of 2020');
  await expect(page.locator('#table-caption')).toHaveText('All 7 hosts as of 2020, sorted by figure on the map, descending');
  await expect(page).not.toHaveURL(/year=/);
});

test('by keyboard: arrows, Home, End and Page Down change the map, the legend, the table and the tooltip', async ({ page }) => {
  await openFixture(page);
  await expect(mongolia(page)).toHaveClass('c-withdrawn');
  await slider(page).focus();
  await page.keyboard.press('Home');
  await expect(slider(page)).toHaveValue('2015');
  await expect(page.locator('.year-value')).toHaveText('2015');
  await expect(legendTitle(page)).toHaveText('DPRK workers as of 2015');
  await expect(page).toHaveURL(/\?year=2015$/);
  // Counted in 2015: coloured by its number, not hatched; nobody else reported yet.
  await expect(mongolia(page)).toHaveClass('c-bin-1');
  await expect(page.locator('svg.map path[data-host="CHN"]')).toHaveClass('c-none');
  await expect(page.locator('#table-caption')).toHaveText('All 1 hosts as of 2015, sorted by figure on the map, descending');
  await expect(page.locator('.legend li[data-class="bin-1"] .legend-count')).toHaveText('(1)');
  let tooltip = await hoverHost(page, 'MNG');
  await expect(tooltip.locator('.tooltip-figure')).toHaveText('1,200 workers in June 2015');
  await expect(tooltip.locator('.tooltip-basis')).toHaveText('On the word of a government’s own report');
  tooltip = await hoverHost(page, 'CHN');
  await expect(tooltip.locator('.tooltip-figure')).toHaveText('no report of DPRK workers by 2015');

  await slider(page).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveValue('2017');
  // Two years old in 2017: hatched, and the tooltip says how old.
  await expect(mongolia(page)).toHaveClass('c-bin-1 stale');
  // Drawn hatched: its class colour in a striped pattern, and the legend's entry for old figures alike.
  await expect.poll(() => mongolia(page).evaluate((el) => getComputedStyle(el).fill)).toMatch(/url\("?#stale-bin-1"?\)/);
  await expect.poll(() => page.locator('.stale-swatch').evaluate((el) => getComputedStyle(el).fill)).toMatch(/url\("?#stale-bin-2"?\)/);
  tooltip = await hoverHost(page, 'MNG');
  await expect(tooltip.locator('.tooltip-figure')).toHaveText('1,200 workers in June 2015');
  await expect(tooltip.locator('.tooltip-basis')).toHaveText('the latest count as of 2017, 2 years old. On the word of a government’s own report');

  await slider(page).focus();
  await page.keyboard.press('End');
  await expect(slider(page)).toHaveValue('2020');
  await expect(mongolia(page)).toHaveClass('c-withdrawn');
  await expect(page).not.toHaveURL(/year=/);
  await page.keyboard.press('PageDown');
  await expect(slider(page)).not.toHaveValue('2020');
  const afterPageDown = Number(await slider(page).inputValue());
  expect(afterPageDown).toBeGreaterThanOrEqual(FIRST_YEAR);
  await expect(legendTitle(page)).toHaveText(`DPRK workers as of ${afterPageDown}`);
  await page.keyboard.press('ArrowLeft');
  await expect(slider(page)).toHaveValue(String(Math.max(afterPageDown - 1, FIRST_YEAR)));
});

test('by pointer: a click on the track picks the year under it', async ({ page }) => {
  await openFixture(page);
  const box = (await slider(page).boundingBox())!;
  // The thumb's centre travels from half a thumb in from each end; 2017 is 2/5 of the way.
  const thumb = await slider(page).evaluate((el) => parseFloat(getComputedStyle(el).getPropertyValue('--thumb') || '0') || 16);
  const x = box.x + thumb / 2 + ((2017 - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR)) * (box.width - thumb);
  await page.mouse.click(x, box.y + box.height / 2);
  await expect(slider(page)).toHaveValue('2017');
  await expect(legendTitle(page)).toHaveText('DPRK workers as of 2017');
  await expect(mongolia(page)).toHaveClass('c-bin-1 stale');
  await expect(page.locator('svg.map path[data-host="RUS"]')).toHaveClass('c-bin-4');
  await expect(page.locator('#table-caption')).toHaveText('All 7 hosts as of 2017, sorted by figure on the map, descending');
  // Legend counts as of 2017: Abkhazia under 1,000; Mongolia 1,000 to 2,999; China and Russia 30,000 or more.
  const counts = await page.locator('.legend li[data-class]').evaluateAll((els) =>
    Object.fromEntries(els.map((li) => [li.getAttribute('data-class'), li.querySelector('.legend-count')?.textContent?.trim() ?? ''])));
  expect(counts).toEqual({
    'bin-0': '(1)', 'bin-1': '(1)', 'bin-2': '(0)', 'bin-3': '(0)', 'bin-4': '(2)',
    unknown: '(2)', restaurants: '(1)', withdrawn: '(0)', none: '', stale: '(2)', marker: '',
  });
  await expect(page.locator('.global-estimate')).toContainText('range from 50,000 to 50,000. The latest as of the chosen year, for 2015, is at least 50,000 (Fixture Rapporteur, 2015).');
});

test('a key date moves the control to its year', async ({ page }) => {
  await openFixture(page);
  await page.locator('.year-events summary').click();
  await expect(page.locator('.year-events li')).toHaveText([
    '11 September 2017 Fixture resolution 2375 limits work authorisations',
    '22 December 2017 Fixture resolution 2397 sends workers home',
  ]);
  await page.getByRole('button', { name: '22 December 2017' }).click();
  await expect(slider(page)).toHaveValue('2017');
  await expect(legendTitle(page)).toHaveText('DPRK workers as of 2017');
  await expect(page.locator('[aria-live="polite"]')).toHaveText('Showing the map as of 2017.');
});

test('?year=2017#MNG reopens on 2017 with Mongolia’s details as of 2017', async ({ page }) => {
  await openFixture(page, './?year=2017#MNG');
  await expect(slider(page)).toHaveValue('2017');
  await expect(legendTitle(page)).toHaveText('DPRK workers as of 2017');
  const panel = page.locator('section.panel');
  await expect(panel.locator('h2')).toHaveText('Mongolia');
  await expect(panel.locator('.panel-headline')).toHaveText('1,200 workers in June 2015 (the latest count as of 2017, 2 years old)');
  await expect(panel.locator('ol.status-history > li')).toHaveText(['2015: Present [1]']);
  // The selection outline follows the selected shape.
  await expect(page.locator('svg.map path.outline-selected')).toHaveAttribute('d', (await page.locator('svg.map path[data-shape="496"]').getAttribute('d'))!);
  await expect(page.locator('.global-estimate')).toContainText('The latest as of the chosen year, for 2015, is at least 50,000');
});

test('back and forward restore the year', async ({ page }) => {
  await openFixture(page, './?year=2016');
  await expect(slider(page)).toHaveValue('2016');
  await slider(page).focus();
  await page.keyboard.press('End');
  await expect(page).not.toHaveURL(/year=/);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/\?year=2019$/);
  await page.goBack();
  await expect(slider(page)).toHaveValue('2020');
  await expect(legendTitle(page)).toHaveText('DPRK workers as of 2020');
  await page.goBack();
  await expect(slider(page)).toHaveValue('2016');
  await expect(legendTitle(page)).toHaveText('DPRK workers as of 2016');
  await expect(mongolia(page)).toHaveClass('c-bin-1 stale');
  await page.goForward();
  await expect(slider(page)).toHaveValue('2020');
  await expect(mongolia(page)).toHaveClass('c-withdrawn');
});

test('Play advances a year at a time and stops on the last year', async ({ page }) => {
  await openFixture(page, './?year=2018');
  const play = page.locator('button.play');
  await expect(play).toHaveText('Play');
  await play.click();
  await expect(play).toHaveText('Pause');
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await expect(slider(page)).toHaveValue('2019', { timeout: 5_000 });
  await expect(legendTitle(page)).toHaveText('DPRK workers as of 2019');
  await expect(mongolia(page)).toHaveClass('c-withdrawn');
  await expect(slider(page)).toHaveValue(String(LAST_YEAR), { timeout: 5_000 });
  await expect(play).toHaveText('Play', { timeout: 5_000 });
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  // Stopped on the last year, not past it.
  await expect(page.locator('.year-value')).toHaveText(String(LAST_YEAR));
  await expect(legendTitle(page)).toHaveText(`DPRK workers as of ${LAST_YEAR}`);
  // From the last year, Play starts again from the first; Pause stops it there.
  await play.click();
  await expect(slider(page)).toHaveValue(String(FIRST_YEAR));
  await expect(play).toHaveText('Pause');
  await play.click();
  await expect(play).toHaveText('Play');
  await expect(slider(page)).toHaveValue(String(FIRST_YEAR));
});

test('nothing dated after the chosen year appears in the tooltip or the panel: figures, statuses, charts', async ({ page }) => {
  await openFixture(page, './?year=2017#CHN');
  const panel = page.locator('section.panel');
  await expect(panel.locator('h2')).toHaveText('China');
  await expect(panel.locator('.panel-headline')).toHaveText('50,000 workers in 2016 (the latest count as of 2017, one year old)');
  await expect(panel.locator('table.history tbody tr')).toHaveCount(1);
  await expect(panel.locator('table.history tbody th')).toHaveText(['2016']);
  await expect(panel.locator('ol.status-history > li')).toHaveText(['2016: Present [1]']);
  await expect(panel.locator('.panel-later')).toHaveText('Figures dated after 2017 are not on the map for 2017.');
  await expect(panel.locator('svg.figure-chart')).toHaveAttribute('aria-label', 'China: figures over time: 50,000 workers in 2016');
  await expect(panel.locator('svg.figure-chart .mark')).toHaveCount(1);
  const facts = await textWithoutCharts(page, 'section.panel :is(.panel-headline, .panel-basis, dl.facts, ol.status-history, table.history, .panel-later)');
  expect(facts).not.toMatch(/2018|2019|2020|20,000|100,000|3,000/);
  const tooltip = await hoverHost(page, 'CHN');
  await expect(tooltip.locator('.tooltip-figure')).toHaveText('50,000 workers in 2016');
  expect(await textWithoutCharts(page, '[role="tooltip"]')).not.toMatch(/2018|2019|2020|20,000|100,000|3,000/);
  // Mongolia's withdrawal (March 2019) is not known in 2017.
  const mn = await hoverHost(page, 'MNG');
  await expect(mn).toContainText('Status: Present since 2015');
  expect(await textWithoutCharts(page, '[role="tooltip"]')).not.toMatch(/2019|withdrawn/i);
});

test('the panel as of a year cites only sources of what it shows, not sources of later figures', async ({ page }) => {
  // As of 2017 China's panel cites only the 2017 source, not "Fixture Panel … 2020-12" and "Fixture Daily … 2020-12".
  await openFixture(page, './?year=2017#CHN');
  const panel = page.locator('section.panel');
  await expect(panel.locator('h2')).toHaveText('China');
  await expect(panel.locator('ol.sources > li')).toHaveCount(1);
  await expect(panel.locator('ol.sources')).toContainText('Fixture Institute. Fixture estimate of workers in China. January 2017.');
  expect(await textWithoutCharts(page, 'section.panel')).not.toMatch(/2018|2019|2020/);
});

test('a selected marker keeps its selection ring when the year changes', async ({ page }) => {
  // The controller marks selection with a data attribute that React never writes, so a year change keeps it.
  await openFixture(page, './#GE-AB');
  const marker = page.locator('svg.map g.marker[data-host="GE-AB"]');
  await expect(page.locator('section.panel h2')).toHaveText('Abkhazia');
  await expect(marker).toHaveAttribute('data-selected', '');
  await slider(page).focus();
  // 2020 -> 2017: Abkhazia's count (October 2017) is no longer hatched, so its class changes.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await expect(slider(page)).toHaveValue('2017');
  await expect(marker).toHaveClass(/\bc-bin-0\b/);
  await expect(marker).not.toHaveClass(/\bstale\b/);
  await expect(page.locator('section.panel h2')).toHaveText('Abkhazia');
  await expect(marker).toHaveAttribute('data-selected', '');
  expect(await marker.locator('circle').evaluate((c) => getComputedStyle(c).strokeWidth)).toBe('3px');
});
