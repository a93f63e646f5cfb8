import babelParser from '@babel/eslint-parser';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

/**
 * Lint for the rules that guard the extension's pages: no page-derived string may reach innerHTML, outerHTML,
 * insertAdjacentHTML, document.write or Preact's dangerouslySetInnerHTML. Types are checked by `tsc`, not here.
 * The parser is Babel's: typescript-eslint needs the TypeScript 5 compiler API, which TypeScript 7 no longer ships.
 */
export default [
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'out/**', 'test-results/**'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      parser: babelParser,
      parserOptions: { requireConfigFile: false, babelOptions: { babelrc: false, configFile: false, presets: ['@babel/preset-typescript'] } },
    },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render page text as text: no raw HTML in extension pages.' },
        { selector: "CallExpression[callee.property.name='createContextualFragment']", message: 'Do not parse page-derived HTML in extension pages.' },
      ],
    },
  },
];
