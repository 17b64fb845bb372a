/**
 * Shared types of the analysis core. Pure data: no `vscode`, no LSP.
 * Positions are 0-based lines and UTF-16 code-unit characters (JavaScript
 * string indices), which is what LSP uses by default.
 */

export type CoreSectionId =
  | 'roles'
  | 'points-of-contact'
  | 'resource-commitments'
  | 'safety-protocols'
  | 'intended-outcomes';

export type SectionStatus = 'present' | 'weak' | 'missing' | 'not-applicable';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Half-open span of document offsets (UTF-16 code units). */
export interface Span {
  start: number;
  end: number;
}

/** How a heading was written in the source. */
export type HeadingKind = 'atx' | 'setext' | 'bold' | 'runin' | 'html' | 'span' | 'numbered';

export interface Heading extends Span {
  /** 1–6 for real headings; 7 for paragraph titles; 8 for run-in titles. */
  level: number;
  /** The heading text as written, inline markup removed. */
  text: string;
  kind: HeadingKind;
}

export type PassageKind = 'paragraph' | 'listItem' | 'tableRow' | 'html' | 'code' | 'heading';

/** A leaf run of text (paragraph, list-item paragraph, table row, HTML block). */
export interface Passage extends Span {
  text: string;
  kind: PassageKind;
  /** Nesting depth of lists around it (0 at top level). */
  listDepth: number;
}

export interface Placeholder extends Span {
  text: string;
}

/** A passage a section's status rests on: where it is, what it says (shortened) and why it counts. */
export interface Evidence {
  span: Span;
  /** The passage's text, shortened to one line. */
  text: string;
  /** In plain words: what this passage showed ("a duty of Forje", "an amount tied to a party"). */
  why: string;
}

/** A finding produced by a rule; offsets are converted to ranges by the adapters' shared report code. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  span: Span;
  section?: string;
  /** Machine-readable payload for fixes (never parse the message). */
  data?: Record<string, unknown>;
}
