/**
 * The editor features of an agreement: code actions, fix-all, hover, outline, completion. Each
 * needs the analysis of the document's current version (Session.agreementOf); the LSP shapes come
 * from features.ts.
 */
import type { CodeActionParams, CompletionParams, DocumentSymbolParams, ExecuteCommandParams, HoverParams, Diagnostic } from 'vscode-languageserver';
import { fixAll } from '../core';
import { FIX_ALL_COMMAND, type FixAllResult } from '../protocol';
import { codeActions, completions, documentSymbols, hover, workspaceEdit } from './features';
import * as P from './params';
import type { Session } from './session';

export function editorFeatures(session: Session) {
  return {
    codeAction: async (params: CodeActionParams) => {
      const uri = P.documentUri(params);
      const context = P.codeActionContext(params);
      const range = P.range(params);
      const found = await session.agreementOf(uri);
      if (!found) return [];
      return codeActions(uri, found.doc.version, found.analysis, context.diagnostics as Diagnostic[], context.only, range);
    },

    executeCommand: async (params: ExecuteCommandParams): Promise<FixAllResult | undefined> => {
      if (params.command !== FIX_ALL_COMMAND) return undefined;
      const uri = String(params.arguments?.[0] ?? '');
      const found = await session.agreementOf(uri);
      if (!found) return { applied: false, inserted: 0 };
      const edits = fixAll(found.analysis);
      if (!edits.length) return { applied: true, inserted: 0 };
      const result = await session.connection.workspace.applyEdit({ label: 'Insert all missing sections', edit: workspaceEdit(uri, found.doc.version, found.analysis, edits) });
      return { applied: result.applied, inserted: edits.length };
    },

    hover: async (params: HoverParams) => {
      const uri = P.documentUri(params);
      const position = P.position(params);
      const found = await session.agreementOf(uri);
      return found ? hover(found.analysis, position) : null;
    },

    documentSymbol: async (params: DocumentSymbolParams) => {
      const found = await session.agreementOf(P.documentUri(params));
      return found ? documentSymbols(found.analysis) : [];
    },

    completion: async (params: CompletionParams) => {
      const uri = P.documentUri(params);
      const position = P.position(params);
      const found = await session.agreementOf(uri);
      if (!found) return [];
      const line = found.doc.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } }).replace(/\r?\n$/, '');
      return completions(found.analysis, line, position);
    },
  };
}
