/** Public surface of the analysis core. Adapters (server, CLI) import from here only. */
export { analyze, completeness, BlockCache, type Analysis, type AnalyzeOptions, type SeveritySetting } from './analyze';
export { fileReport, REPORT_VERSION, type FileReport } from './report';
export { RULES, ruleById, type Rule, type SectionResult } from './rules';
export { CORE_SECTIONS, RECOMMENDED_SECTIONS, sectionDefinition, type SectionDefinition } from './definitions/sections';
export { LineIndex } from './text';
export type * from './types';
export { ruleDocUrl, REPOSITORY_URL } from './docs';
