/**
 * Optional Lighthouse 12 (mobile defaults: simulated throttling, Moto G Power emulation) on the
 * project pages. Lighthouse is not a dependency of the repo: the bench uses it only if it is
 * installed under bench/tmp/lighthouse (git-ignored) with no install scripts anywhere in its
 * tree, as docs/PERFORMANCE.md describes, or at LIGHTHOUSE_DIR. Otherwise it says why it skipped.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface LighthouseResult {
  page: string;
  url: string;
  /** Performance score (0..1). */
  score: number | null;
  /** Every category's score, 0..100. */
  categories: Record<Category, number | null>;
  /** Audits below full marks in accessibility, best practices and SEO: id, score. */
  failing: string[];
  fcp: number | null;
  lcp: number | null;
  tbt: number | null;
  speedIndex: number | null;
  tti: number | null;
  cls: number | null;
  totalByteWeight: number | null;
  runtimeError?: string;
  warnings: string[];
}

/** Packages in a node_modules tree that declare preinstall / install / postinstall scripts. */
function installScripts(nodeModules: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (name.startsWith('@')) { walk(p); continue; }
      const pj = join(p, 'package.json');
      if (!existsSync(pj)) continue;
      const j = JSON.parse(readFileSync(pj, 'utf8')) as { name: string; version: string; scripts?: Record<string, string> };
      for (const k of ['preinstall', 'install', 'postinstall']) if (j.scripts?.[k]) found.push(`${j.name}@${j.version} ${k}`);
      if (existsSync(join(p, 'node_modules'))) walk(join(p, 'node_modules'));
    }
  };
  walk(nodeModules);
  return found;
}

/** The Lighthouse CLI to use, or the reason to skip. */
export function findLighthouse(root: string): { cli: string; version: string } | { skip: string } {
  const dir = process.env.LIGHTHOUSE_DIR ?? resolve(root, 'bench/tmp/lighthouse');
  const pkg = join(dir, 'node_modules/lighthouse/package.json');
  if (!existsSync(pkg)) return { skip: `lighthouse not installed in ${dir} (see docs/PERFORMANCE.md, "Lighthouse")` };
  const version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  if (!version.startsWith('12.')) return { skip: `lighthouse ${version} in ${dir} is not 12.x` };
  const scripts = installScripts(join(dir, 'node_modules'));
  if (scripts.length) return { skip: `lighthouse's dependency tree has install scripts: ${scripts.join(', ')}` };
  return { cli: join(dir, 'node_modules/lighthouse/cli/index.js'), version };
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export function runLighthouse(cli: string, page: string, url: string, chromePath: string): Promise<LighthouseResult> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, [cli, url, `--only-categories=${CATEGORIES.join(',')}`, '--output=json', '--output-path=stdout', '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu'], { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const empty = { page, url, score: null, categories: { performance: null, accessibility: null, 'best-practices': null, seo: null }, failing: [], fcp: null, lcp: null, tbt: null, speedIndex: null, tti: null, cls: null, totalByteWeight: null, warnings: [] };
      try {
        const r = JSON.parse(out) as {
          categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
          audits: Record<string, { numericValue?: number; score: number | null; scoreDisplayMode?: string }>;
          runtimeError?: { code: string; message: string }; runWarnings?: string[];
        };
        const a = (k: string) => r.audits[k]?.numericValue ?? null;
        const score = (c: Category) => (r.categories[c]?.score === null || r.categories[c]?.score === undefined ? null : Math.round(r.categories[c].score! * 100));
        // What keeps a category below 100: its weighted audits that did not pass.
        const failing = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) => (r.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && r.audits[ref.id]?.score !== null && (r.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c}: ${ref.id} (${r.audits[ref.id].score})`));
        ok({
          page, url,
          score: r.categories.performance.score,
          categories: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
          failing,
          fcp: a('first-contentful-paint'), lcp: a('largest-contentful-paint'), tbt: a('total-blocking-time'),
          speedIndex: a('speed-index'), tti: a('interactive'), cls: a('cumulative-layout-shift'), totalByteWeight: a('total-byte-weight'),
          ...(r.runtimeError ? { runtimeError: `${r.runtimeError.code}: ${r.runtimeError.message}` } : {}),
          warnings: r.runWarnings ?? [],
        });
      } catch {
        ok({ ...empty, runtimeError: `lighthouse exited ${code}: ${err.slice(-400)}` });
      }
    });
  });
}
