// ESLint flat config: recommended rules plus the layer boundaries of DESIGN.md,
// enforced with no-restricted-imports (engine <- adapter <- extension, never back).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Matches an import path with an `adapter` or `extension` folder in it ('../adapter/x').
const adapterImport = { regex: '(^|/)adapter(/|$)', message: 'engine/ must not know the adapter (DESIGN.md: Layers).' };
const extensionImport = { regex: '(^|/)extension(/|$)', message: 'Nothing imports extension/ (DESIGN.md: Layers).' };
const vscodePaths = [{ name: 'vscode', message: 'Only extension/ imports vscode.' }];
const noIO = 'The engine is handed source text and options; it does no I/O.';
const hostPaths = ['fs', 'net', 'child_process'].flatMap((name) => [
  { name, message: noIO },
  { name: `node:${name}`, message: noIO },
]);
const hostSubpaths = { regex: '^(node:)?fs/', message: noIO };

/** One config object per layer; for a file in several, the last one's options win. */
function restrictImports(files, paths, patterns) {
  const options = { paths, patterns };
  return {
    files,
    // The TS form also sees `import type`; the parser is typescript-eslint's for .js too.
    rules: { '@typescript-eslint/no-restricted-imports': ['error', options] },
  };
}

export default defineConfig(
  // Build output, and the JS programs that Glassbox runs (they are inputs, not project code).
  { ignores: ['dist/', 'coverage/', 'test-results/', 'examples/', 'test/fixtures*/', 'test/adapter/programs/', 'test/golden/programs/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Walking a prototype or scope chain starts with `let o = this`.
      '@typescript-eslint/no-this-alias': 'off',
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  restrictImports(['**/*.ts', '**/*.js', '**/*.mjs'], [], [extensionImport]),
  restrictImports(['adapter/**'], vscodePaths, [extensionImport]),
  restrictImports(
    ['engine/**'],
    [...vscodePaths, ...hostPaths],
    [{ group: ['@vscode/*'], message: 'engine/ knows no debugger protocol.' }, adapterImport, extensionImport, hostSubpaths],
  ),
  // Every JS error message comes from the one table (engine/errors/messages.ts, STYLE.md "Errors").
  {
    files: ['engine/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `CallExpression[callee.property.name=/^(throwError|makeError)$/][arguments.1.type=/^(Literal|TemplateLiteral|BinaryExpression)$/]`,
          message: 'A JS error message comes from Msg in engine/errors/messages.ts (formatMessage for its % arguments), not inline text.',
        },
        {
          // ops/proxyTraps.ts's fail(realm, trap, text): the text after "'trap' on proxy: ".
          selector: `CallExpression[callee.name='fail'][arguments.2.type=/^(Literal|TemplateLiteral|BinaryExpression)$/]`,
          message: 'A JS error message comes from Msg in engine/errors/messages.ts (formatMessage for its % arguments), not inline text.',
        },
        {
          // webSupport's nodeError/throwNodeError(realm, NodeMsg.X, ...args) and DOMException's
          // newDOMException/throwDOMException(realm, DOMMsg.X, ...args): the entry, never text or an object of its own.
          selector: `CallExpression[callee.name=/^(throwNodeError|nodeError|throwDOMException|newDOMException)$/][arguments.1.type=/^(Literal|TemplateLiteral|BinaryExpression|ObjectExpression)$/]`,
          message: 'A Node or DOMException message comes from NodeMsg / DOMMsg in engine/errors/nodeMessages.ts, not inline text.',
        },
        {
          // A choice between two texts (`c ? 'a' : 'b'`), and the RangeError text ToIndex helpers take.
          selector: `CallExpression[callee.property.name=/^(throwError|makeError)$/][arguments.1.type='ConditionalExpression']:matches([arguments.1.consequent.type=/^(Literal|TemplateLiteral|BinaryExpression)$/], [arguments.1.alternate.type=/^(Literal|TemplateLiteral|BinaryExpression)$/]), CallExpression[callee.name='toIndexOr'][arguments.2.type=/^(Literal|TemplateLiteral|BinaryExpression)$/]`,
          message: 'A JS error message comes from Msg in engine/errors/messages.ts (formatMessage for its % arguments), not inline text.',
        },
      ],
    },
  },
  // extension/ may import its own files; the no-extension rule is for everyone else.
  {
    files: ['extension/**'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
);
