/**
 * Static byte accounting: every file in the built dist/ (raw, gzip -9 as scripts/serve.mjs
 * sends it, brotli q11 for reference), the parts of the prerendered HTML, and which source
 * packages make up the JS bundle (from an analysis build that writes nothing to disk).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';

export interface Sized { raw: number; gzip: number; brotli: number }
export interface FileSize extends Sized { file: string; loadedBy: string }

export function sizeOf(buf: Buffer | string): Sized {
  const b = typeof buf === 'string' ? Buffer.from(buf) : buf;
  return {
    raw: b.length,
    gzip: gzipSync(b, { level: 9 }).length,
    brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length,
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = resolve(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every file under dist, largest gzip first. loadedBy is filled in from the measured requests. */
export function distFiles(dist: string): FileSize[] {
  return walk(dist)
    .map((p) => ({ file: relative(dist, p), ...sizeOf(readFileSync(p)), loadedBy: '' }))
    .sort((a, b) => b.gzip - a.gzip);
}

export interface Part extends Sized { part: string }

/** Splits an HTML file into the map SVG, inlined JSON, the data table and the rest. */
export function htmlParts(html: string): Part[] {
  const cut = (re: RegExp): string => {
    const m = re.exec(html);
    return m ? m[0] : '';
  };
  const parts: [string, string][] = [
    ['map SVG (svg.map)', cut(/<svg class="map"[\s\S]*?<\/g><\/svg>|<svg class="map"[\s\S]*?<\/svg>/)],
    ['inlined dataset JSON (script#dataset-json)', cut(/<script type="application\/json" id="dataset-json">[\s\S]*?<\/script>/)],
    ['data table (<table>)', cut(/<table[\s\S]*?<\/table>/)],
  ];
  let rest = html;
  for (const [, s] of parts) if (s) rest = rest.replace(s, '');
  return [...parts.filter(([, s]) => s), ['everything else', rest] as [string, string]].map(([part, s]) => ({ part, ...sizeOf(s) }));
}

export interface JsGroup { group: string; rendered: number; share: number; gzipAlone: number; estimatedGzipInBundle: number; modules: number }
export interface JsChunk { chunk: string; minified: number; minifiedGzip: number; groups: JsGroup[] }

const groupOf = (id: string) => {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (nm) return nm[1];
  if (id.includes('/src/')) return `src/${id.split('/src/')[1].split('/')[0]}`;
  return id.replace(/\0/g, '');
};

/**
 * Rebuilds the site's JS in memory (write: false, outDir under bench/tmp, so dist/ is untouched)
 * with the repo's vite.config.ts, in each of its modes, and, per chunk, groups the modules by package. "rendered" is
 * the module's code in the bundle before minification; "gzipAlone" is that code gzipped on its
 * own; "estimatedGzipInBundle" splits the minified chunk's gzip size by rendered share.
 */
export async function jsBreakdown(repoRoot: string, tmpDir: string): Promise<JsChunk[]> {
  const chunks: JsChunk[] = [];
  const capture: Plugin = {
    name: 'bench-capture-modules',
    generateBundle(_options, bundle) {
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        const groups = new Map<string, { rendered: number; code: string[]; modules: number }>();
        for (const [id, m] of Object.entries(out.modules)) {
          const g = groups.get(groupOf(id)) ?? { rendered: 0, code: [], modules: 0 };
          g.rendered += m.renderedLength;
          g.code.push(m.code ?? '');
          g.modules += 1;
          groups.set(groupOf(id), g);
        }
        const total = [...groups.values()].reduce((sum, g) => sum + g.rendered, 0) || 1;
        const minifiedGzip = gzipSync(out.code, { level: 9 }).length;
        chunks.push({
          chunk: out.fileName,
          minified: Buffer.byteLength(out.code),
          minifiedGzip,
          groups: [...groups.entries()]
            .filter(([, g]) => g.rendered > 0)
            .map(([group, g]) => ({
              group,
              rendered: g.rendered,
              share: g.rendered / total,
              gzipAlone: gzipSync(g.code.join('\n'), { level: 9 }).length,
              estimatedGzipInBundle: Math.round((g.rendered / total) * minifiedGzip),
              modules: g.modules,
            }))
            .sort((x, y) => y.rendered - x.rendered),
        });
      }
    },
  };
  // The site builds twice into dist/: the full page (default mode) and the embed (--mode embed).
  for (const mode of ['production', 'embed']) {
    await build({
      configFile: resolve(repoRoot, 'vite.config.ts'),
      root: repoRoot,
      mode,
      logLevel: 'silent',
      plugins: [capture],
      build: { outDir: resolve(tmpDir, 'analyze'), write: false, emptyOutDir: false },
    });
  }
  return chunks.sort((x, y) => y.minified - x.minified);
}
