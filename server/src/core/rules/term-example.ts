/** A short agreement with the given term paragraph: the term rules' examples. */
export function withTerm(term: string, review = 'The parties will review this agreement each year in June.'): string {
  return `# Memorandum of Understanding between Hilltop School and Beacon Labs

## Roles and Responsibilities

Hilltop School will recruit 10 students. Beacon Labs will host them each Friday.

## Term

${term}

${review}
`;
}
