#!/usr/bin/env node
/**
 * `npm test`: lint and build side by side (neither reads what the other writes; ESLint runs on
 * one core while the build's type check and bundling take the other), then the unit tests and
 * the browser tests, which read dist/. Stops at the first step that fails. Lint's output is held
 * back and printed when it ends, so that it does not interleave with the build's.
 */
import { run } from './run.mjs';

const npmRun = (script, options) => run('npm', ['run', script], options);

function stop(step, code) {
  console.error(`\nnpm test: ${step} failed (exit code ${code}).`);
  process.exit(code || 1);
}

const lint = npmRun('lint', { quiet: true });
const buildCode = await npmRun('build');
const lintCode = await lint;
if (lintCode !== 0) stop('lint', lintCode);
if (buildCode !== 0) stop('build', buildCode);
for (const step of ['test:unit', 'test:e2e']) {
  const code = await npmRun(step);
  if (code !== 0) stop(step, code);
}
