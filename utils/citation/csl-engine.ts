// The heavy part of citing (citeproc-js and the style files): reached only through import(), never statically.
import CSL from 'citeproc';
import apa from './csl/apa.csl?raw';
import chicago from './csl/chicago-fullnote-bibliography.csl?raw';
import harvard from './csl/harvard-cite-them-right.csl?raw';
import localeEnGb from './csl/locales-en-GB.xml?raw';
import localeEnUs from './csl/locales-en-US.xml?raw';
import mla from './csl/modern-language-association.csl?raw';
import type { CslItem } from './csl-item';
import type { CslStyle, FormattedCitation } from './types';

/** Each style with the locale it is written for (Cite Them Right is British: single quotes, "25 November 2026"). */
const STYLES: Record<CslStyle, { xml: string; lang: 'en-US' | 'en-GB' }> = {
  apa: { xml: apa, lang: 'en-US' },
  mla: { xml: mla, lang: 'en-US' },
  chicago: { xml: chicago, lang: 'en-US' },
  'chicago-note': { xml: chicago, lang: 'en-US' },
  harvard: { xml: harvard, lang: 'en-GB' },
};

const LOCALES: Record<string, string> = { 'en-US': localeEnUs, 'en-GB': localeEnGb };

/** Building an engine compiles the whole style, the slow step: one per style, reused for every item. */
const engines = new Map<CslStyle, { engine: CSL.Engine; items: Map<string, CslItem> }>();

let sequence = 0;

/** Formats one item with citeproc-js and an official CSL style: a bibliography entry, or the note for 'chicago-note'. */
export function formatWithCsl(given: CslItem, style: CslStyle): FormattedCitation {
  const { engine, items } = engineFor(style);
  // citeproc caches items by id: each call gets a fresh id so a changed item is never served stale.
  sequence += 1;
  const item = { ...given, id: `item-${sequence}` };
  items.clear();
  items.set(item.id, item);
  engine.updateItems([item.id]);
  const html = style === 'chicago-note' ? engine.makeCitationCluster([{ id: item.id }]) : bibliographyEntry(engine);
  return { html, text: htmlToText(html) };
}

function engineFor(style: CslStyle) {
  const cached = engines.get(style);
  if (cached) return cached;
  const items = new Map<string, CslItem>();
  const sys = { retrieveLocale: (lang: string) => LOCALES[lang] ?? localeEnUs, retrieveItem: (id: string) => items.get(id) };
  const engine = new CSL.Engine(sys, STYLES[style].xml, STYLES[style].lang, true);
  engine.setOutputFormat('html');
  const built = { engine, items };
  engines.set(style, built);
  return built;
}

function bibliographyEntry(engine: CSL.Engine): string {
  const result = engine.makeBibliography();
  const entry = result ? (result[1][0] ?? '') : '';
  return entry.trim().replace(/^<div class="csl-entry">([\s\S]*)<\/div>$/, '$1').trim();
}

/** The plain-text twin of citeproc's HTML: tags dropped, its few entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#38;|&amp;/g, '&')
    .replace(/&#60;|&lt;/g, '<')
    .replace(/&#62;|&gt;/g, '>')
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
