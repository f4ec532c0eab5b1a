/** Node resolve hook (see preact-runtime.mjs): React's module names to preact/compat's. */
const TO_PREACT = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react-dom/server': 'preact/compat/server',
  'react/jsx-runtime': 'preact/compat/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/compat/jsx-dev-runtime',
};

export function resolve(specifier, context, next) {
  return next(TO_PREACT[specifier] ?? specifier, context);
}
