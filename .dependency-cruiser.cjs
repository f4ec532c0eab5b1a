/**
 * The layer rules (../shared/DESIGN.md), checked in `npm test` by `npm run lint:layers`:
 * model → geo, i18n, embed → view → map → ui → app → prerender and entry points.
 * A folder imports only from folders above it; geo and model never import each other; embed imports neither.
 */
const layer = (name, mayImport) => ({
  name: `${name}-imports-only-${mayImport.join('-') || 'itself'}`,
  comment: `src/${name} may import only ${[name, ...mayImport].join(', ')} (and packages).`,
  severity: 'error',
  from: { path: `^src/${name}/` },
  to: { path: '^src/', pathNot: [`^src/${name}/`, ...mayImport.map((m) => `^src/${m}/`), '^src/styles\\.css$'] },
});

module.exports = {
  forbidden: [
    layer('model', []),
    layer('geo', []),
    layer('embed', []),
    layer('i18n', ['model']),
    layer('view', ['model', 'i18n']),
    layer('map', ['model', 'geo', 'i18n', 'view']),
    layer('ui', ['model', 'i18n', 'view', 'map', 'embed']),
    layer('app', ['model', 'geo', 'i18n', 'view', 'map', 'ui', 'embed']),
    { name: 'no-circular', severity: 'error', from: { path: '^src/' }, to: { circular: true } },
    {
      name: 'geo-is-build-time',
      comment: 'Geometry is projected at build time: the browser code (map, ui, app) takes only geo types and pure helpers.',
      severity: 'error',
      from: { path: '^src/(map|ui|app|view)/' },
      to: { path: '^src/geo/(atlas|layout|compact-path|callouts|pole|regions)\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
