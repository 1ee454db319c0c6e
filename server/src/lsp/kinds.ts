import { SymbolKind } from 'vscode-languageserver';
import { ENTITY_KINDS, type EntityKind } from '../core';

/**
 * How entity kinds appear in the editor.
 *
 * Semantic tokens: one custom token type per entity kind, named after it
 * (`person`, `title`, …). package.json declares each with a standard
 * superType (`contributes.semanticTokenTypes`: person and author → variable,
 * title → type, organization → class, document and award → string, date and
 * congress → number) and TextMate scopes (`semanticTokenScopes`), so any
 * theme colours them, while themes and other editors (`@lsp.type.person` in
 * Neovim) can still tell a person from a title. Introductions (a name with
 * its titles, a document with its code) carry the standard `declaration`
 * modifier, as definitions do in code.
 *
 * Symbol kinds, for the outline and workspace symbols, follow what each
 * standard kind means in code:
 *
 * | entity       | symbol kind | why |
 * |--------------|-------------|-----|
 * | person       | Object      | a named individual: an instance carrying attributes (titles, shown as detail) |
 * | author       | Property    | a byline is a property of the article, not an actor in it |
 * | title        | Interface   | a post is a role that its holders fill |
 * | organization | Class       | an institution: a body with structure and members |
 * | document     | File        | the cited document is a text of its own |
 * | congress     | EnumMember  | one member of the numbered series of congresses, plenums and terms |
 * | date         | Number      | a date is a numeric literal |
 * | award        | Event       | an award edition is an occurrence in a given year |
 */
export const TOKEN_TYPES: readonly EntityKind[] = ENTITY_KINDS;
export const TOKEN_MODIFIERS: readonly string[] = ['declaration'];

export function tokenTypeOf(kind: EntityKind): number {
  return TOKEN_TYPES.indexOf(kind);
}

const SYMBOL_KIND_OF: Record<EntityKind, SymbolKind> = {
  person: SymbolKind.Object,
  author: SymbolKind.Property,
  title: SymbolKind.Interface,
  organization: SymbolKind.Class,
  document: SymbolKind.File,
  congress: SymbolKind.EnumMember,
  date: SymbolKind.Number,
  award: SymbolKind.Event,
};

export function symbolKindOf(kind: EntityKind): SymbolKind {
  return SYMBOL_KIND_OF[kind];
}
