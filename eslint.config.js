// Lint of the library's source: TypeScript's recommended rules, Lit's and the web-component
// rules, and the bans that keep report strings from ever becoming markup or code (the same
// list test/unit/guard.test.ts checks by text).
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

const markup = 'Report strings must stay text: use Lit bindings, never markup from strings.';

export default tseslint.config(
  { ignores: ['dist/**', 'storybook-static/**', 'bench-results/**', 'test-results/**', 'node_modules/**'] },
  {
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.recommended, lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    rules: {
      // LitElement defines every lifecycle callback, so calling super needs no guard.
      'wc/guard-super-call': 'off',
      // A base method's default may ignore what an override reads (`_report`); a rest object
      // leaves out the keys destructured beside it.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: markup },
        { property: 'outerHTML', message: markup },
        { property: 'insertAdjacentHTML', message: markup },
        { property: 'html', message: "d3's .html() parses markup. " + markup },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: markup }, { name: 'lit/directives/unsafe-svg.js', message: markup }] },
      ],
    },
  },
);
