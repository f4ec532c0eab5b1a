/**
 * Reads dataset bytes the same way everywhere (CLI, build, app): strict UTF-8, no byte-order
 * mark, and a JSON parser that reports duplicate keys instead of letting the last one win.
 */
import type { ValidationError } from './errors';

export type ParseResult = { ok: true; value: unknown } | { ok: false; error: ValidationError };

const fail = (path: string, message: string, fix: string): ParseResult => ({ ok: false, error: { path, message, fix } });

/** Strict UTF-8: invalid bytes are an error, never silently replaced. */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: ValidationError } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    let at = 0;
    // Find the first bad byte for the message: decode growing prefixes is too slow, so scan.
    // Well-formed sequences (Unicode Table 3-7): the second byte's range depends on the first.
    const second = (b: number): [number, number] =>
      b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    for (let i = 0; i < bytes.length; ) {
      const b = bytes[i];
      const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
      let ok = n > 0 && i + n <= bytes.length;
      if (ok && n > 1) { const [lo, hi] = second(b); ok = bytes[i + 1] >= lo && bytes[i + 1] <= hi; }
      for (let k = 2; ok && k < n; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
      if (!ok) { at = i; break; }
      i += n;
    }
    return { ok: false, error: { path: '$', message: `The file is not valid UTF-8 (the first bad byte is at offset ${at}).`, fix: 'Save the file as UTF-8; do not paste text from another encoding.' } };
  }
}

const MAX_DEPTH = 64;
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** A small JSON parser: standard JSON, plus errors for duplicate keys and a byte-order mark. */
export function parseJson(text: string): ParseResult {
  if (text.charCodeAt(0) === 0xfeff) {
    return fail('$', 'The file starts with a byte-order mark (U+FEFF).', 'Save the file as UTF-8 without BOM.');
  }
  let i = 0;
  const where = () => {
    const before = text.slice(0, i);
    const line = before.split('\n').length;
    return `line ${line}, column ${i - before.lastIndexOf('\n')}`;
  };
  class Stop extends Error {
    constructor(readonly error: ValidationError) { super(error.message); }
  }
  const stop = (path: string, message: string, fix: string): never => { throw new Stop({ path, message, fix }); };
  const syntax = (path: string, expected: string): never => {
    const c = text[i];
    // eslint-disable-next-line no-control-regex -- names an invisible character in the message
    const found = c === undefined ? 'the end of the file' : /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/.test(c) ? `the invisible character U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : `"${c}"`;
    return stop(path, `The file is not valid JSON: expected ${expected} at ${where()}, found ${found}.`, 'Check for a missing comma, quote or bracket just before that place.');
  };
  const skip = () => { while (i < text.length && WS.has(text.charCodeAt(i))) i++; };
  const str = (path: string): string => {
    i++; // opening quote
    let out = '';
    let start = i;
    for (;;) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c)) syntax(path, 'a closing quote');
      if (c === 0x22) { out += text.slice(start, i); i++; return out; }
      if (c < 0x20) syntax(path, 'a character allowed in a JSON string (control characters must be escaped)');
      if (c === 0x5c) {
        out += text.slice(start, i);
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e in simple) { out += simple[e]; i += 2; }
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) { out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)); i += 6; }
        else { i++; syntax(path, 'a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)'); }
        start = i;
        continue;
      }
      i++;
    }
  };
  const value = (path: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) stop(path, `The data is nested more than ${MAX_DEPTH} levels deep.`, 'The dataset is at most a few levels deep: check the brackets.');
    skip();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      const seen = new Set<string>();
      skip();
      if (text[i] === '}') { i++; return obj; }
      for (;;) {
        skip();
        if (text[i] !== '"') syntax(path, 'a key in double quotes');
        const key = str(path);
        const keyPath = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key)}]`;
        if (seen.has(key)) stop(keyPath, `The key "${key.slice(0, 40)}" appears twice in the same object (${where()}).`, 'Keep one of the two: JSON readers disagree on which one wins.');
        seen.add(key);
        skip();
        if (text[i] !== ':') syntax(keyPath, '":"');
        i++;
        const v = value(keyPath, depth + 1);
        // Defined as an own property, so a "__proto__" key is data, never a prototype.
        Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
        skip();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; return obj; }
        syntax(path, '"," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      skip();
      if (text[i] === ']') { i++; return arr; }
      for (;;) {
        arr.push(value(`${path}[${arr.length}]`, depth + 1));
        skip();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; return arr; }
        syntax(path, '"," or "]"');
      }
    }
    if (c === '"') return str(path);
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 40));
    if (m) { i += m[0].length; return Number(m[0]); }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) { i += word.length; return v; }
    }
    return syntax(path, 'a value (an object, list, string, number, true, false or null)');
  };
  try {
    const v = value('$', 0);
    skip();
    if (i < text.length) syntax('$', 'the end of the file');
    return { ok: true, value: v };
  } catch (error) {
    if (error instanceof Stop) return { ok: false, error: error.error };
    throw error;
  }
}
