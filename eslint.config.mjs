// Lint rules that keep the layers apart: the analysis core (server/src/core)
// must stay pure, importing nothing from VS Code, the LSP libraries or Node I/O.
import tseslint from 'typescript-eslint';

const forbiddenInCore = [
  { name: 'vscode', message: 'The analysis core must not know VS Code.' },
  { name: 'vscode-languageserver', message: 'Only server/src/lsp knows LSP.' },
  { name: 'vscode-languageserver-textdocument', message: 'Only server/src/lsp knows LSP.' },
  { name: 'vscode-languageclient', message: 'Only the client knows the language client.' },
];
const nodeIo = ['fs', 'path', 'child_process', 'net', 'http', 'https', 'os', 'worker_threads', 'readline', 'url', 'process'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test/e2e/.vscode-web/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...forbiddenInCore,
            ...nodeIo.flatMap((m) => [
              { name: m, message: 'The analysis core does no I/O: inject it through host.ts.' },
              { name: `node:${m}`, message: 'The analysis core does no I/O: inject it through host.ts.' },
            ]),
          ],
          patterns: [{ group: ['vscode-languageserver/*', '**/lsp/**', '**/cli/**'], message: 'The core must not depend on outer layers.' }],
        },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'The analysis core does no I/O.' }, { name: 'require', message: 'Use imports.' }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
