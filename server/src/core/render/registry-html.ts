/**
 * The partner registry as one self-contained, printable HTML page (`mou-check --partners --format
 * html`): a table of partners, then each partner's agreements, contacts and findings. No scripts;
 * the same stylesheet and CSP as the completeness report.
 */
import type { Registry, RegistryPartner } from '../registry';
import { escapeHtml as h } from './escape';
import { pageHead, type ReportHtmlOptions } from './report-html';

/** A file's name from a path or a file URI ("100%.md" is a name, not a broken escape). */
function base(p: string): string {
  const name = p.replace(/^.*[\\/]/, '');
  if (!p.startsWith('file:')) return name;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function partnerBlock(p: RegistryPartner, i: number): string {
  const rows = p.agreements.map(
    (a) => `<tr><td>${h(base(a.path))}</td><td>${h(a.statusText)}</td><td>${h(a.why)}</td><td>${a.contacts.map((c) => h(c.text)).join('<br>') || '—'}</td></tr>`,
  );
  const findings = p.findings.length ? `<ul class="findings">${p.findings.map((f) => `<li><span class="sev sev-warning">warning</span><span class="msg">${h(f.message)}</span></li>`).join('')}</ul>` : '';
  return `<section class="block" id="partner-${i}" aria-labelledby="partner-${i}-h">
  <h2 id="partner-${i}-h">${h(p.name)}</h2>
  ${p.home ? '<p>A party to every agreement: read as your own organisation.</p>' : ''}
  ${p.names.length > 1 ? `<p>Also written: ${p.names.filter((n) => n !== p.name).map(h).join(', ')}</p>` : ''}
  <table class="overview"><thead><tr><th scope="col">Agreement</th><th scope="col">Status</th><th scope="col">Why</th><th scope="col">Contacts as written</th></tr></thead>
  <tbody>${rows.join('')}</tbody></table>
  ${findings}
</section>`;
}

export function renderRegistryHtml(registry: Registry, options: ReportHtmlOptions): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(options.nonce)) throw new Error('the nonce must be a random base64 or hex string of at least 16 characters');
  const generator = h(options.generator ?? 'MOU Author');
  const meta = [`${registry.partners.length} partners in ${registry.agreements} agreements`, registry.today ? `status as of ${h(registry.today)}` : '', options.generated ? `generated ${h(options.generated)}` : '']
    .filter(Boolean)
    .join(' · ');
  const overview = registry.partners.map((p, i) => {
    const statuses = p.agreements.map((a) => a.statusText).join(', ');
    return `<tr><td><a href="#partner-${i}">${h(p.name)}</a></td><td class="num">${p.agreements.length}</td><td>${h(statuses)}</td><td class="num">${p.findings.length || ''}</td></tr>`;
  });
  return `${pageHead('Partner registry', options)}
<body>
<div class="page">
<div class="report-head"><p class="report-title">Partner registry</p><p class="report-meta">${meta}</p></div>
<table class="overview">
  <caption class="sr-only">Every partner</caption>
  <thead><tr><th scope="col">Partner</th><th scope="col">Agreements</th><th scope="col">Status</th><th scope="col">Findings</th></tr></thead>
  <tbody>
    ${overview.join('\n    ')}
  </tbody>
</table>
${registry.partners.map(partnerBlock).join('\n')}
<footer class="report-foot"><p>Made by ${generator}. One row per partner organisation, its names merged across agreements; contacts as each agreement writes them.</p></footer>
</div>
</body>
</html>
`;
}
