/** Where rule documentation lives, for links from diagnostics and reports. */
export const REPOSITORY_URL = 'https://github.com/mou-author/mou-author';

export function ruleDocUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}
