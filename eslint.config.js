// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: ['dist/', 'docs-api/', 'schemas/', 'coverage/', 'reports/', '.stryker-tmp*/', 'node_modules/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      // The boundary reader throws a small InputStop (no stack captured) as control flow, and turns
      // it into a SalesRulesError at once; everything else throws Errors.
      '@typescript-eslint/only-throw-error': [
        'error',
        { allow: [{ from: 'file', name: 'InputStop', path: 'src/core/boundary.ts' }] },
      ],
      // `SalesPolicyInput | unknown` in a public signature names the expected shape for readers
      // while accepting any value, which the function validates.
      '@typescript-eslint/no-redundant-type-constituents': 'off',
    },
  },
  {
    // Money and rates are Decimals: arithmetic on a number read from a decimal field would be a
    // float. A rule cannot see every such case; these catch the ones it can (`parseFloat` and the
    // `Number` constructor on a value that may be money). Allowed in the fast paths, which scale to
    // integers on purpose and say so in a comment.
    files: ['src/**/*.ts'],
    ignores: ['src/**/_lib/fast*.ts', 'src/core/scorecard.ts', 'src/core/plain.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'parseFloat', message: 'Money is a Decimal: use parseAmount / Dec.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Number', property: 'parseFloat', message: 'Money is a Decimal: use parseAmount / Dec.' },
      ],
    },
  },
  {
    // Tests build deliberately malformed documents by mutating JSON clones typed `any`; the
    // library validates them at run time, which is what those tests check.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
)
