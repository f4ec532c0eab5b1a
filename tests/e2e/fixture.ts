/**
 * The fixture dataset the behaviour tests run on (tests/fixtures/e2e/dataset.json), served in place
 * of the shipped one. Its text differs from the prerendered page's, so the app renders it afresh.
 *
 * What it holds, so that tests can assert exact words (span 2015 to 2020, the last year by default):
 * - MNG Mongolia: 1,200 present in June 2015 (government report); present from 2015, withdrawn from March 2019.
 * - CHN China: 50,000 in 2016 (research); 20,000 to 100,000 in July 2018 (UN); 3,000 sent Jan–May 2020 (media).
 * - RUS Russia: 30,023 valid work permits in December 2017 (government report); present from June 2017.
 * - POL Poland: only a departed figure (300 by 2018); winding down from 2016.
 * - GE-AB Abkhazia: a territory of Georgia drawn as a marker; 400 in October 2017; present from 2017.
 * - DZA, named in Arabic (الجزائر): reported from March 2016, no figure; its source's title is Hebrew.
 * - IDN Indonesia: restaurants only from 2017.
 * Two key dates in 2017, and global totals for 2015 and 2018.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ready } from './helpers';

export const DATA_ROUTE = '**/data/dataset.json';
export const FIXTURE_TEXT = readFileSync('tests/fixtures/e2e/dataset.json', 'utf8');
export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2020;
export const ARABIC_NAME = 'الجزائر';
export const HEBREW_TITLE = 'פועלים מצפון קוריאה';

export type FixtureData = any;

/** A fresh copy of the fixture, to change for one test. */
export function fixture(): FixtureData {
  return JSON.parse(FIXTURE_TEXT);
}

/** Serves a dataset (the fixture by default) in place of data/dataset.json, on every page of the context. */
export async function serveDataset(page: Page, data: FixtureData | string = FIXTURE_TEXT) {
  const body = typeof data === 'string' ? data : JSON.stringify(data);
  await page.route(DATA_ROUTE, (route) => route.fulfill({ body, contentType: 'application/json; charset=utf-8' }));
}

/** Opens a page on the fixture dataset and waits until the app has rendered it. */
export async function openFixture(page: Page, path = './', data?: FixtureData | string) {
  await serveDataset(page, data);
  await page.goto(path);
  await ready(page);
}
