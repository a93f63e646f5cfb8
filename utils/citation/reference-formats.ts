import type { CslItem, CslName } from './csl-item';

/** CSL-JSON, the format Zotero, Mendeley and pandoc read: a list of one item. */
export function toCslJson(item: CslItem): string {
  return JSON.stringify([item], null, 2);
}

/** A BibTeX @online entry (biblatex's type for web content; plain BibTeX reads it as @misc). */
export function toBibtex(item: CslItem): string {
  const fields: [string, string | undefined][] = [
    ['title', `{${escapeBibtex(item.title)}}`],
    ['author', item.author?.map(bibtexName).join(' and ')],
    ['journaltitle', item['container-title'] && escapeBibtex(item['container-title'])],
    ['date', isoDate(item.issued?.['date-parts'][0])],
    ['url', item.URL],
    ['urldate', isoDate(item.accessed['date-parts'][0])],
    ['langid', item.language],
  ];
  const body = fields.filter(([, value]) => value).map(([key, value]) => `  ${key} = {${value}}`);
  return `@online{${citeKey(item)},\n${body.join(',\n')}\n}`;
}

/** An RIS record of type NEWS (ELEC without a publication), read by every reference manager. */
export function toRis(item: CslItem): string {
  const date = item.issued?.['date-parts'][0];
  const lines: [string, string | undefined][] = [
    ['TY', item.type === 'article-newspaper' ? 'NEWS' : 'ELEC'],
    ['TI', item.title],
    ...(item.author ?? []).map((name): [string, string] => ['AU', risName(name)]),
    ['T2', item['container-title']],
    ['PY', date ? String(date[0]) : undefined],
    ['DA', date ? date.map((part) => String(part).padStart(2, '0')).join('/') : undefined],
    ['UR', item.URL],
    ['Y2', item.accessed['date-parts'][0]?.map((part) => String(part).padStart(2, '0')).join('/')],
    ['LA', item.language],
  ];
  return [...lines.filter(([, value]) => value).map(([tag, value]) => `${tag}  - ${value}`), 'ER  - '].join('\n');
}

function bibtexName(name: CslName): string {
  if (name.literal) return `{${escapeBibtex(name.literal)}}`;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return escapeBibtex(`${family}, ${name.given ?? ''}`.replace(/, $/, ''));
}

function risName(name: CslName): string {
  if (name.literal) return name.literal;
  return `${[name['non-dropping-particle'], name.family].filter(Boolean).join(' ')}, ${name.given ?? ''}`.replace(/, $/, '');
}

/** "ruiz2021harbour": first author's family name, year, first long word of the title. */
function citeKey(item: CslItem): string {
  const who = item.author?.[0]?.family ?? item.author?.[0]?.literal ?? item['container-title'] ?? 'article';
  const year = item.issued?.['date-parts'][0]?.[0] ?? 'nd';
  const word = item.title.split(/\s+/).find((w) => w.replace(/\P{L}/gu, '').length > 3) ?? '';
  const ascii = (text: string) => text.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  return `${ascii(who)}${year}${ascii(word)}`;
}

function isoDate(parts: number[] | undefined): string | undefined {
  return parts?.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');
}

/** TeX's special characters, each with its escaped form. */
const TEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '&': '\\&', '%': '\\%', $: '\\$', '#': '\\#', _: '\\_',
  '~': '\\textasciitilde{}', '^': '\\textasciicircum{}',
};

function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => TEX_ESCAPES[char] ?? char);
}
