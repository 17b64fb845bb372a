/**
 * LSP features beyond diagnostics, as conversions from the core's analysis:
 * code actions (quick fixes, fix-all), hover on section headings, document symbols, completion
 * of missing section titles. No analysis happens here.
 */
import {
  CodeActionKind,
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type Position,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import {
  clauseFor,
  CORE_SECTIONS,
  fixAll,
  fixesFor,
  insertionPlace,
  matchHeading,
  buildSectionTree,
  ruleDocUrl,
  sectionDefinition,
  type Analysis,
  type TextEdit,
} from '../core';

export const FIX_ALL_KIND = 'source.fixAll.mou';

function lspEdits(a: Analysis, edits: TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: a.model.lines.range(e), newText: e.newText }));
}

export function workspaceEdit(uri: string, version: number, a: Analysis, edits: TextEdit[]): WorkspaceEdit {
  // A versioned edit: the editor refuses it if the document changed since it was computed.
  return { documentChanges: [{ textDocument: { uri, version }, edits: lspEdits(a, edits) }] };
}

/** Quick fixes for the diagnostics in the request, recomputed from the current analysis (never from message text). */
export function codeActions(
  uri: string,
  version: number,
  a: Analysis,
  diagnostics: Diagnostic[],
  only: string[] | undefined,
  range?: { start: { line: number; character: number } },
): CodeAction[] {
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of diagnostics) {
      if (d.source !== 'mou') continue;
      const data = (d.data ?? {}) as Record<string, unknown>;
      const finding = a.findings.find(
        (f) =>
          f.rule === d.code &&
          (f.section ?? null) === ((data.section as string | undefined) ?? null) &&
          (f.data?.party ?? null) === (data.party ?? null),
      );
      if (!finding) continue;
      for (const fix of fixesFor(a, finding)) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: fix.isPreferred,
          edit: workspaceEdit(uri, version, a, fix.edits),
        });
      }
    }
  }
  // At the place where a missing section belongs (the preview's checklist leads there), its own fixes.
  if (wants(CodeActionKind.QuickFix) && range && !actions.length) {
    for (const s of a.sections.filter((x) => x.status === 'missing')) {
      if (a.model.lines.position(insertionPlace(a, s.id).at).line !== range.start.line) continue;
      const finding = a.findings.find((f) => f.rule === 'missing-section' && f.section === s.id);
      if (!finding) continue;
      for (const fix of fixesFor(a, finding)) {
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, isPreferred: fix.isPreferred, edit: workspaceEdit(uri, version, a, fix.edits) });
      }
    }
  }
  if (wants(FIX_ALL_KIND) && (!only || only.some((k) => k.startsWith('source')))) {
    const edits = fixAll(a);
    if (edits.length) {
      actions.push({ title: 'Insert all missing sections', kind: FIX_ALL_KIND, edit: workspaceEdit(uri, version, a, edits) });
    }
  }
  return actions;
}

/** Hover on a section heading: what the section is for, what makes it strong, and how this one stands. */
export function hover(a: Analysis, position: Position): Hover | null {
  const offset = a.model.lines.offset(position);
  const heading = a.model.headings.find((h) => offset >= h.start && offset <= h.end);
  if (!heading) return null;
  const match = [...matchHeading(heading.text)].sort((x, y) => Number(x.territory) - Number(y.territory))[0];
  if (!match) return null;
  const def = sectionDefinition(match.id);
  if (!def) return null;
  const result = a.sections.find((s) => s.id === def.id);
  const lines = [`**${def.title}** — ${def.purpose}.`];
  if (def.why) lines.push('', def.why);
  if (def.strongWhen) lines.push('', `**Strong when:** ${def.strongWhen}.`);
  if (result) {
    lines.push('', `**This agreement:** ${result.status} — ${result.reason}.`);
    if (result.evidence.length) {
      lines.push('', result.status === 'present' ? '**Present because:**' : '**Found so far:**', '');
      for (const e of result.evidence) {
        const line = a.model.lines.position(e.span.start).line + 1;
        const why = e.why.trim();
        const text = e.text.trim();
        lines.push(`- line ${line}${why ? ` — ${plain(why)}` : ''}${text ? `${why ? ':' : ' —'} “${plain(text)}”` : ''}`);
      }
    }
    if ((result.status === 'weak' || result.status === 'missing') && result.lookedFor) lines.push('', `**Looked for:** ${plain(result.lookedFor.trim().replace(/\.$/, ''))}.`);
  }
  if (match.territory) lines.push('', `_This heading often holds ${def.title.toLowerCase()} in real agreements; it is judged as such when no heading names it._`);
  const rule = result?.status === 'weak' ? 'weak-section' : def.core ? 'missing-section' : 'recommended-section';
  lines.push('', `[How MOU Author checks this](${ruleDocUrl(rule)})`);
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, range: a.model.lines.range(heading) };
}

/** Document text as plain text inside hover markdown: one line, no markup, links or HTML. */
function plain(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_[\]<>|~&#$]/g, (c) => `\\${c}`);
}

/** The outline: every section as the document names it, nested. */
export function documentSymbols(a: Analysis): DocumentSymbol[] {
  const nodes = buildSectionTree(a.model);
  const symbols: DocumentSymbol[] = nodes.map((n) => {
    const match = matchHeading(n.heading.text).find((m) => !m.territory);
    return {
      name: n.heading.text || '(untitled)',
      detail: match ? sectionDefinition(match.id)?.title : undefined,
      kind: SymbolKind.String,
      range: a.model.lines.range({ start: n.heading.start, end: Math.max(n.heading.end, n.end) }),
      selectionRange: a.model.lines.range(n.heading),
      children: [],
    };
  });
  const roots: DocumentSymbol[] = [];
  nodes.forEach((n, i) => (n.parent >= 0 ? symbols[n.parent].children!.push(symbols[i]) : roots.push(symbols[i])));
  return roots;
}

/** After `#`/`##` at the start of a line: the titles of sections the agreement still lacks. */
export function completions(a: Analysis, lineText: string, position: Position): CompletionItem[] {
  const m = /^(#{1,6})[ \t]*([^#]*)$/.exec(lineText.slice(0, position.character));
  if (!m) return [];
  const typedStart = m[1].length + (lineText.slice(m[1].length).match(/^[ \t]*/)?.[0].length ?? 0);
  const space = lineText[m[1].length] === ' ' || lineText[m[1].length] === '\t' ? '' : ' ';
  const range = { start: { line: position.line, character: typedStart }, end: position };
  const lacking = [
    ...a.sections.filter((s) => s.status === 'missing').map((s) => s.id),
    ...a.recommended.filter((r) => !r.found).map((r) => r.id),
  ];
  const items: CompletionItem[] = [];
  lacking.forEach((id, i) => {
    const def = sectionDefinition(id)!;
    const core = CORE_SECTIONS.some((c) => c.id === id);
    const doc = { kind: MarkupKind.Markdown, value: `${def.purpose[0].toUpperCase()}${def.purpose.slice(1)}.${def.strongWhen ? `\n\n**Strong when:** ${def.strongWhen}.` : ''}` };
    const sort = `${core ? 0 : 1}${String(i).padStart(2, '0')}`;
    items.push({
      label: def.heading,
      kind: CompletionItemKind.Module,
      detail: core ? 'MOU: missing core section' : 'MOU: recommended section',
      documentation: doc,
      sortText: `${sort}a`,
      textEdit: { range, newText: space + def.heading },
    });
    const clause = clauseFor(id);
    if (clause) {
      items.push({
        label: `${def.heading} — with model clause`,
        kind: CompletionItemKind.Snippet,
        detail: 'MOU: insert the section with a model clause to edit',
        documentation: doc,
        sortText: `${sort}b`,
        filterText: def.heading,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range, newText: `${space}${def.heading}\n\n${clause.body}\n` },
      });
    }
  });
  return items;
}
