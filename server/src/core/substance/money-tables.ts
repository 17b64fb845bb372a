/**
 * Sums in a table whose title or header names the currency ("ANNEX A — BUDGET AND CONTRIBUTIONS (KES)",
 * "| Item | Amount (USD) |"): its bare numbers ("2,592,000") are amounts of money, as a reader takes them.
 */
import { CURRENCY_CODES } from '../signals';
import type { Passage } from '../types';
import type { DocumentModel } from '../model';
import { firstAtOrAfter, tableAround } from '../sections';

/** A currency named for a whole table: "(KES)", "($)", "in EUR", "figures in GBP". */
const CURRENCY_NAMED = new RegExp(String.raw`\((?:${CURRENCY_CODES}|[$£€¥₹₦₱₵])\)|\b(?:in|amounts? in|figures in)\s+(?:${CURRENCY_CODES})\b`);
/** A cell that is a sum with thousands separators ("| 2,592,000 |", "**10,150,000**"). */
const SUM = /(?:^|\|)\s*\**\d{1,3}(?:[,\u00a0 ]\d{3})+(?:\.\d+)?\**\s*(?:\||$)/;

/** The rows of the section's tables that hold sums, when the section's title or the table's header names the currency. */
export function currencyTableRows(passages: readonly Passage[], titles: readonly string[]): Passage[] {
  const titled = titles.some((t) => CURRENCY_NAMED.test(t));
  const out: Passage[] = [];
  // (Each table's first row is its header.)
  let header: boolean | undefined;
  for (const p of passages) {
    if (p.kind !== 'tableRow') {
      header = undefined;
      continue;
    }
    if (header === undefined) header = CURRENCY_NAMED.test(p.text);
    else if ((titled || header) && SUM.test(p.text)) out.push(p);
  }
  return out;
}

/** A header over targets: "| Measure | Target | By |", "| Indicator | Baseline | 2027 goal |". */
const TARGETS_HEADER = /\b(?:targets?|goals?|baselines?|indicators?|kpis?)\b/i;

/** A row of a table of targets ("| Median hourly wage at completion | at least $24.00 | 2027 cohort |"): an aim, not a sum given. */
export function targetsTableRow(model: DocumentModel, p: Passage): boolean {
  return p.kind === 'tableRow' && TARGETS_HEADER.test(model.passages[tableAround(model.passages, firstAtOrAfter(model.passages, p.start))[0]].text);
}
