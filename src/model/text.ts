/** What text from the dataset may contain: no control, invisible or direction characters. */

// C0 and C1 controls, DEL; Unicode format characters (Cf): zero-width, direction marks,
// embeddings, overrides and isolates, word joiner, BOM, soft hyphen, interlinear marks, tags.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|\udb40[\udc01-\udc7f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NAMES: Record<string, string> = {
  '\u202e': 'a right-to-left override (U+202E)',
  '\u202d': 'a left-to-right override (U+202D)',
  '\u200b': 'a zero-width space (U+200B)',
  '\u200e': 'a left-to-right mark (U+200E)',
  '\u200f': 'a right-to-left mark (U+200F)',
  '\ufeff': 'a zero-width no-break space or BOM (U+FEFF)',
  '\u0000': 'a NUL character (U+0000)',
};

export type TextProblem = { kind: 'empty' } | { kind: 'invisible-only' } | { kind: 'char'; what: string; at: number } | { kind: 'surrogate'; at: number };

function describeChar(c: string): string {
  if (NAMES[c]) return NAMES[c];
  const code = c.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `a control character (${hex})`;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)) return `a text-direction control (${hex})`;
  return `an invisible formatting character (${hex})`;
}

/** The first problem with a text a reader will see, or null. Newlines are allowed in long texts only. */
export function textProblem(s: string, allowNewlines = false): TextProblem | null {
  if (s.trim().length === 0) return { kind: 'empty' };
  const surrogate = LONE_SURROGATE.exec(s);
  if (surrogate) return { kind: 'surrogate', at: surrogate.index };
  const bad = FORBIDDEN.exec(allowNewlines ? s.replace(/\n/g, ' ') : s);
  if (bad) return { kind: 'char', what: describeChar(bad[0]), at: bad.index };
  if (visibleText(s).replace(/[\u2800\s]/g, '').length === 0) return { kind: 'invisible-only' };
  return null;
}

/** Text with every forbidden and invisible character removed: what a search should match. */
export function visibleText(s: string): string {
  return s.replace(new RegExp(FORBIDDEN.source, 'g'), '').replace(/[\u034f\u115f\u1160\u3164\uffa0]/g, '').normalize('NFC');
}
