// ESLint 9 flat config (issue #16): code quality plus the layer boundaries of
// /work/shared/design/architecture.md, so a wrong import fails `npm test`.
// Formatting is Prettier's job (`prettier --check` in `npm run lint`); eslint-config-prettier,
// last, turns off every stylistic rule that would fight it.
import { builtinModules } from 'node:module';
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import officeAddins from 'eslint-plugin-office-addins';
import prettier from 'eslint-config-prettier';

// eslint-plugin-office-addins' own `configs.recommended` cannot be spread here as it is: it
// registers its bundled copy of @typescript-eslint/eslint-plugin 8.8 under the name
// "@typescript-eslint" (ESLint 9 refuses to redefine a plugin that typescript-eslint 8.74 already
// registered), sets ecmaVersion 6, and runs prettier as an ESLint rule. So we take only its
// office-addins/* rules, at the levels it recommends.
const officeAddinsRules = Object.fromEntries(officeAddins.configs.recommended.flatMap((config) => Object.entries(config.rules ?? {})).filter(([name]) => name.startsWith('office-addins/')));

// Relative imports that climb out to a top-level folder of src/. No path aliases in tsconfig, so
// every cross-layer import is relative: `../../excel/host-error` from src/taskpane/ui/.
const layer = (name) => `^(\\.\\./)+${name}(/|$)`;
const forbid = (names, why) => ({ regex: layer(`(${names.join('|')})`), message: why });

// Node built-ins, bare and node:-prefixed: core runs unchanged in the task pane's browser.
const nodeBuiltins = {
  paths: builtinModules.filter((m) => !m.startsWith('_')),
  patterns: [{ regex: '^node:', message: 'src/core is pure: no Node built-ins (it runs in the task pane).' }],
};

export default defineConfig(
  {
    ignores: ['dist/', 'lib/', 'out/', 'coverage/', 'test-artifacts/', 'node_modules/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
    },
    rules: {
      // `_`-prefixed parameters and destructured leftovers are deliberate (interface-shaped
      // callbacks, omitting a key with a rest pattern).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Control characters in regexes are the point where they appear: stripping what XML 1.0 and
      // Excel's cells refuse (\x00-\x08, \x0B, \x0C, \x0E-\x1F) and splitting on vertical tabs.
      'no-control-regex': 'off',
      // The fake Excel's getters return objects with their own accessors, which reach the proxy
      // through `self`; that alias, and only that one, is allowed.
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['self'] }],
    },
  },
  // Deliberate require(): the command line loads each command lazily and in CommonJS so the
  // installed bin's loader finds it; the corpus test loads every plan file found in a folder.
  {
    files: ['src/cli/main.ts', 'test/core/structure/narrative/corpus.test.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // The top-level jest and webpack configs are CommonJS run by Node. (The `globals` package is only
  // a transitive dependency, so the few Node globals they use are named here.)
  {
    files: ['*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', __filename: 'readonly', process: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // office.js add-in code: Microsoft's office-addins rules (load before read, sync after load, no
  // sync in a loop, isNullObject) where office.js is called.
  {
    files: ['src/excel/**/*.{ts,tsx}', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: officeAddinsRules,
  },
  // These two are the chunkers: one sync per block sized to Excel's 5 MB / 5,000,000-cell limits,
  // shrinking and retrying on RequestPayloadSizeLimitExceeded (architecture.md allows round trips
  // to grow with chunks only). A sync in their loops is the design, not the mistake the rule seeks.
  {
    files: ['src/excel/read-grids.ts', 'src/excel/write/batcher.ts'],
    rules: { 'office-addins/no-context-sync-in-loop': 'off' },
  },

  // React: the Rules of Hooks and the React Compiler's checks for the pane and the workbench page.
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/workbench/**/*.{ts,tsx}', 'test/taskpane/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  // The pane's long-lived callbacks (live validation, Excel's change events) read the latest state
  // through refs assigned in render: React's "latest ref" pattern. We do not run the React
  // Compiler, whose memoisation is what that check protects.
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    rules: { 'react-hooks/refs': 'off' },
  },
  // The workbench page is a view over the in-memory Excel, a mutable object outside React: clicks
  // move its selection, a version counter redraws, and effects load it and follow its selection.
  {
    files: ['src/workbench/**/*.{ts,tsx}'],
    rules: { 'react-hooks/immutability': 'off', 'react-hooks/set-state-in-effect': 'off' },
  },

  // ---- Layer boundaries (architecture.md: one engine, hosts around it, front ends on top). ----
  {
    files: ['src/core/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.paths.map((name) => ({
            name,
            message: 'src/core is pure: no Node built-ins (it runs in the task pane).',
          })),
          patterns: [...nodeBuiltins.patterns, forbid(['file', 'excel', 'cli', 'taskpane', 'workbench'], 'src/core imports no host and no front end: hosts and front ends import core.')],
        },
      ],
      // Nor does it touch office.js or the DOM, whose types tsconfig's lib makes visible everywhere.
      'no-restricted-globals': [
        'error',
        ...['Excel', 'Office', 'OfficeExtension', 'window', 'document', 'navigator', 'localStorage'].map((name) => ({
          name,
          message: 'src/core is pure: no office.js, no DOM. Hosts and the task pane pass it what it needs.',
        })),
      ],
    },
  },
  {
    files: ['src/file/**/*.{ts,tsx}', 'src/excel/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [forbid(['cli', 'taskpane', 'workbench'], 'A host imports only core (and its own files), never a front end.')],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [forbid(['taskpane', 'excel', 'workbench'], 'The command line runs on the file host: no office.js, no UI.')],
        },
      ],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    ignores: ['src/taskpane/connector/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            forbid(['excel'], 'The task pane reaches Excel only through src/taskpane/connector/.'),
            forbid(['cli', 'workbench'], 'The task pane does not import the command line or the workbench.'),
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Excel', message: 'The task pane reaches Excel only through src/taskpane/connector/.' }],
    },
  },
  {
    files: ['src/taskpane/connector/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [forbid(['cli', 'workbench'], 'The task pane does not import the command line or the workbench.')],
        },
      ],
    },
  },

  prettier,
);
