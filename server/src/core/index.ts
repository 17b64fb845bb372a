/** Public surface of the analysis core. Adapters (server, CLI) import from here only. */
export { analyze, completeness, BlockCache, type Analysis, type AnalyzeOptions, type SeveritySetting } from './analyze';
export { fileReport, reportDiagnostics, REPORT_VERSION, type FileReport } from './report';
export { RULES, ruleById, type Rule, type SectionResult } from './rules';
export { CORE_SECTIONS, RECOMMENDED_SECTIONS, SECTION_ORDER, sectionDefinition, type SectionDefinition } from './definitions/sections';
export { LineIndex } from './text';
export type * from './types';
export { ruleDocUrl, REPOSITORY_URL } from './docs';
export { fixesFor, fixAll, applyEdits, insertSection, insertionPlace, type Fix, type TextEdit } from './fixes';
export { clauseFor, clauseText, CLAUSES, RECOMMENDED_CLAUSES } from './definitions/clauses';
export { matchHeading } from './locate';
export { buildSectionTree } from './sections';
export { PLAYBOOKS, playbook, type Playbook } from './definitions/playbooks';
export { skeleton, type SkeletonOptions } from './skeleton';
export { configSchema, parseConfig, mergeConfigs, isIncluded, type MouConfig, type CustomSection, type ConfigIssue } from './config';
export { optionsFromConfig, declaredAgreement } from './analyze';
export { warmCache, type DocumentModel } from './model';
export { storeFacts, restoreFacts, type StoredFacts } from './facts';
export { findPlaceholders } from './placeholders';
