// Lint rules that keep the layers apart: the analysis core (server/src/core)
// must stay pure, importing nothing from VS Code, the LSP libraries or Node I/O;
// no module may take part in an import cycle; and, with type information, no
// promise may be dropped or handed where a plain value is expected.
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

const forbiddenInCore = [
  { name: 'vscode', message: 'The analysis core must not know VS Code.' },
  { name: 'vscode-languageserver', message: 'Only server/src/lsp knows LSP.' },
  { name: 'vscode-languageserver-textdocument', message: 'Only server/src/lsp knows LSP.' },
  { name: 'vscode-languageclient', message: 'Only the client knows the language client.' },
];
const nodeIo = ['fs', 'path', 'child_process', 'net', 'http', 'https', 'os', 'worker_threads', 'readline', 'url', 'process'];

/** The import restrictions of the pure core, with more patterns for a part of it (a later entry for the same files replaces, not adds). */
function pureCore(morePatterns) {
  return {
    paths: [
      ...forbiddenInCore,
      ...nodeIo.flatMap((m) => [
        { name: m, message: 'The analysis core does no I/O: inject it through host.ts.' },
        { name: `node:${m}`, message: 'The analysis core does no I/O: inject it through host.ts.' },
      ]),
    ],
    patterns: [{ group: ['vscode-languageserver/*', '**/lsp/**', '**/cli/**'], message: 'The core must not depend on outer layers.' }, ...morePatterns],
  };
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test/e2e/.vscode-web/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    // Type information lets the rules below see which expressions are promises.
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // A cycle makes the load order decide which side sees the other half-initialised,
      // and it means two modules are really one: share a third module both import instead.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', pureCore([])],
      'no-restricted-globals': ['error', { name: 'process', message: 'The analysis core does no I/O.' }, { name: 'require', message: 'Use imports.' }],
    },
  },
  {
    // The LSP layer and the CLI see the core through its one boundary, core/index.ts.
    files: ['server/src/lsp/**/*.ts', 'server/src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/core/*', '!**/core/index'], message: 'Import the core from its boundary, ../core (core/index.ts), only.' }] },
      ],
    },
  },
  {
    // Recognisers read text; rules judge what they found. A rule may use a recogniser's
    // syntax, never the reverse: what both need lives beside them in core/.
    files: ['server/src/core/recognise/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', pureCore([{ group: ['**/rules/*'], message: 'Recognisers must not import rules: move what both need to a module in core/.' }])],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
