import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The linter runs in `npm test` (npm run lint); these show it fails on what it promises to catch.
describe('ESLint rules (eslint.config.js)', () => {
  const eslint = new ESLint();
  const rulesHit = async (code: string, filePath = 'src/ui/Bad.tsx') =>
    (await eslint.lintText(code, { filePath }))[0].messages.map((m) => m.ruleId);

  it('rejects HTML injected from a string', async () => {
    expect(await rulesHit('export const Bad = ({ t }: { t: string }) => <p dangerouslySetInnerHTML={{ __html: t }} />;\n')).toContain('no-restricted-syntax');
  });

  it('rejects a hook called conditionally', async () => {
    expect(await rulesHit("import { useState } from 'react';\nexport function Bad({ on }: { on: boolean }) { if (on) { useState(0); } return null; }\n")).toContain('react-hooks/rules-of-hooks');
  });

  it('rejects an image without alternative text', async () => {
    expect(await rulesHit('export const Bad = () => <img src="x.png" />;\n')).toContain('jsx-a11y/alt-text');
  });
});
