// The names package.json and the pipeline views share: commands, the AST view, its context
// key and the scheme of the Tokens and Bytecode documents. Pure, for the manifest test.

export const SHOW_TOKENS_COMMAND = 'glassbox.showTokens';
export const SHOW_AST_COMMAND = 'glassbox.showAst';
export const SHOW_BYTECODE_COMMAND = 'glassbox.showBytecode';
/** A click on an AST node: selects its source range (not in the command palette). */
export const REVEAL_AST_NODE_COMMAND = 'glassbox.revealAstNode';
export const AST_VIEW = 'glassbox.ast';
/** True once Show AST has run in this window: the AST view's `when` clause. */
export const AST_VIEW_CONTEXT_KEY = 'glassbox.astShown';
/** Read-only documents: `glassbox-pipeline:/hoisting.js (tokens)?<the source's URI>`. */
export const PIPELINE_SCHEME = 'glassbox-pipeline';
