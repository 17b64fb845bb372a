/**
 * Today as the adapters (CLI, server) give it to the core (AnalyzeOptions.today): this machine's
 * local day, YYYY-MM-DD. The core never reads the clock.
 */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
