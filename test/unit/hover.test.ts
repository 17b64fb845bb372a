/** The hover on a section heading (server/src/lsp/features.ts): what the section's status rests on, and what was looked for. */
import { strict as assert } from 'node:assert';
import { analyze, type Analysis } from '../../server/src/core';
import { hover } from '../../server/src/lsp/features';

const TEXT = `# Memorandum of Understanding between Westbrook College and Forje Studio

This Memorandum of Understanding is made between Westbrook College ("the College") and Forje Studio ("Forje").

## Roles and Responsibilities

| Forje | College |
|---|---|
| Design modules for the spring term | Host the sessions |

The College will recruit 12 students. Forje will provide two mentors.

## Points of Contact

Dana Ruiz, Program Lead at Forje.
`;

function hoverAt(a: Analysis, heading: string): string {
  const line = TEXT.split('\n').findIndex((l) => l === heading);
  const h = hover(a, { line, character: 4 });
  assert.ok(h, `a hover on “${heading}”`);
  return (h.contents as { value: string }).value;
}

describe('hover on a section heading: why its status', () => {
  it('lists the passages a section rests on, with their lines, and what a weak section lacks', () => {
    const a = analyze(TEXT);
    assert.ok(a.isAgreement);
    const roles = a.sections.find((s) => s.id === 'roles')!;
    const contacts = a.sections.find((s) => s.id === 'points-of-contact')!;
    // Evidence as the core gives it once filled in (it is often empty today): built here by hand.
    const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
    roles.status = 'present';
    roles.evidence = [
      { span: at('| Design modules'), text: 'Forje: Design modules for the spring term', why: 'table row' },
      { span: at('The College will recruit'), text: 'The College will recruit 12 students.', why: 'a duty of the College' },
    ];
    contacts.status = 'weak';
    contacts.evidence = [{ span: at('Dana Ruiz'), text: 'Dana Ruiz, Program Lead at Forje', why: 'a named contact <b>' }];
    contacts.lookedFor = "a person's name with an email or phone for each party";

    const rolesHover = hoverAt(a, '## Roles and Responsibilities');
    assert.match(rolesHover, /\*\*Present because:\*\*\n\n- line 9 — table row: “Forje: Design modules for the spring term”\n- line 11 — a duty of the College: “The College will recruit 12 students\.”/);
    assert.doesNotMatch(rolesHover, /Looked for/, 'a present section lacks nothing');

    const contactsHover = hoverAt(a, '## Points of Contact');
    assert.match(contactsHover, /\*\*Found so far:\*\*\n\n- line 15 — a named contact \\<b\\>: “Dana Ruiz, Program Lead at Forje”/, 'document text is shown as text');
    assert.match(contactsHover, /\*\*Looked for:\*\* a person's name with an email or phone for each party\./);
  });

  it('shows no evidence block when the status rests on none', () => {
    const a = analyze(TEXT);
    for (const s of a.sections) s.evidence = [];
    const value = hoverAt(a, '## Roles and Responsibilities');
    assert.match(value, /\*\*This agreement:\*\*/);
    assert.doesNotMatch(value, /Present because|Found so far/);
  });
});
