// ESLint (typescript-eslint) for the hand-written code; Prettier owns the layout (pnpm lint runs both).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/__generated__/**', 'console/dist/**', 'tests/e2e/artifacts/**', 'schema/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      'max-len': ['error', { code: 120 }],
      // `const { id: _id, ...rest } = row` leaves a property out on purpose
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // the console's React components: the classic hooks rules (call order, effect dependencies)
    files: ['console/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
);
