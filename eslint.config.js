import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules', 'dist', 'data', 'tabs/dist', 'appPackage/build', 'coverage', 'bin/*.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read the environment only in src/config.ts; receive config instead.',
        },
      ],
    },
  },
  {
    files: ['src/config.ts', 'tests/**', 'bin/**', '*.config.*', 'src/cli/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
