// ESLint (typescript-eslint) for the hand-written code; Prettier owns the layout (pnpm lint runs both).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/__generated__/**', 'console/dist/**', 'tests/e2e/artifacts/**', 'schema/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      'max-len': ['error', { code: 120, ignoreUrls: true }],
    },
  },
);
