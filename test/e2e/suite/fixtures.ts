/** Paths of the fixture documents inside the test workspaces (test/e2e/workspaces/). */

/**
 * single-folder: an agreement with parties, purpose, term and signature lines but none of the five
 * core sections. Its signature lines are still blank: named signatories would stand in for points
 * of contact (a weak section, not a missing one).
 */
export const THIN_AGREEMENT = 'agreements/lakeview-stem-center--cascade-robotics-draft.md';
/** single-folder: an ordinary project README that says "partnership" once. */
export const PROJECT_README = 'README.md';

/** multi-root: folder names as declared in partnerships.code-workspace, and one agreement in each. */
export const STEM_CENTER_FOLDER = 'Lakeview STEM Center';
export const STEM_CENTER_AGREEMENT = 'agreements/lakeview-stem-center--cascade-robotics-club-mou.md';
export const INDUSTRY_FOLDER = 'Cascade Robotics';
export const INDUSTRY_AGREEMENT = 'partnerships/cascade-robotics--lakeview-internship-mou.md';
