import type { Rule } from './rule';

/**
 * An agreement not written in English: its sections are not judged (the checks read English
 * phrases), and this one finding says so instead of a page of wrong ones.
 */
export const notEnglish: Rule = {
  id: 'not-english',
  description: 'The agreement seems to be written in a language other than English, so its sections are not judged.',
  defaultSeverity: 'information',
  docs: 'docs/rules/not-english.md',
  examples: {
    valid: [
      `# Memorandum of Understanding between Hilltop School and Beacon Labs

## Roles and Responsibilities

- Hilltop School will recruit ten students for the summer robotics camp and send their permission forms.
- Beacon Labs will host the students for four weeks and give each of them a trained mentor.
- Both parties will review the camp together in September and decide whether to run it again next year.
`,
    ],
    invalid: [
      {
        text: `# Convenio de colaboración

Entre el Instituto de Educación Secundaria Miguel de Cervantes y la empresa Soluciones Solares del Henares S.L. se acuerda lo siguiente.

## Primera. Objeto

El presente convenio tiene por objeto establecer un marco de colaboración para que los alumnos del ciclo formativo de energías renovables realicen prácticas en la empresa durante el curso escolar.

## Segunda. Obligaciones de la empresa

La empresa designará un tutor para cada alumno, facilitará el equipo de protección individual necesario y enviará al instituto un informe de evaluación al final de cada periodo de prácticas.
`,
        findings: [{ line: 0 }],
      },
    ],
  },
  check(ctx) {
    if (!ctx.language) return [];
    return [
      {
        message: `This agreement seems to be written in ${ctx.language}. MOU Author's checks read English, so its sections were not judged: no finding here means nothing either way. If it is in English after all, add “language: en” to its front matter.`,
        span: ctx.agreement.title,
        data: { language: ctx.language },
      },
    ];
  },
};
