/**
 * Compares our page metadata with what Readability 0.6 returns on its own 130 test pages:
 * `npx tsx scripts/compare-readability-metadata.ts [--corpus DIR] [--list]`.
 * Prints the agreement on title, byline and site name, and each disagreement sorted into a category.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { readPageMetadata } from '../utils/metadata';
import type { CitationData } from '../utils/metadata';

interface Expected {
  title: string | null;
  byline: string | null;
  siteName: string | null;
}

type Verdict = 'agree' | string;

const norm = (text: string | null | undefined) => (text ?? '').toLowerCase().normalize('NFKD').replace(/[\p{M}]/gu, '').replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();

function compareTitle(ours: string, theirs: string | null): Verdict {
  const [a, b] = [norm(ours), norm(theirs)];
  if (a === b) return 'agree';
  if (!b) return 'Readability has no title';
  if (!a) return 'we have no title';
  if (b.startsWith(a) || b.endsWith(a)) return 'we drop a site name or section they keep';
  if (a.startsWith(b) || a.endsWith(b)) return 'we keep words they drop';
  return 'different headline source';
}

function compareByline(ours: string[], theirs: string | null): Verdict {
  const byline = norm(theirs);
  if (ours.length === 0 && !byline) return 'agree';
  if (ours.length === 0) return 'they give a byline, we find no person (organisation, role text, or not a name)';
  if (!byline) return 'we find a person, they give no byline';
  const found = ours.filter((name) => byline.includes(norm(name)));
  if (found.length === ours.length) return norm(ours.join(' ')).length >= byline.length * 0.8 ? 'agree' : 'their byline carries more than names (dates, roles, extra people)';
  return found.length > 0 ? 'partly the same people' : 'different people';
}

function compareSite(ours: string | null, theirs: string | null): Verdict {
  const [a, b] = [norm(ours).replace(/^the /, ''), norm(theirs).replace(/^the /, '')];
  if (a === b) return 'agree';
  if (!b) return 'Readability has no site name';
  if (!a) return 'we have no publisher';
  return b.includes(a) ? 'we shorten their site name (tagline, domain, company form)' : 'different name';
}

async function main(argv: string[]): Promise<void> {
  const corpus = path.resolve(argv[argv.indexOf('--corpus') + 1] && argv.includes('--corpus') ? argv[argv.indexOf('--corpus') + 1]! : '../shared/corpus/readability');
  const tally: Record<string, Map<string, string[]>> = { title: new Map(), byline: new Map(), siteName: new Map() };
  let pages = 0;
  for (const name of (await readdir(corpus)).sort()) {
    const expectedFile = path.join(corpus, name, 'expected-metadata.json');
    if (!existsSync(expectedFile)) continue;
    const expected = JSON.parse(await readFile(expectedFile, 'utf8')) as Expected;
    const { document } = parseHTML(await readFile(path.join(corpus, name, 'source.html'), 'utf8'));
    const ours: CitationData = readPageMetadata(document as unknown as Document, 'http://fakehost/test/page.html');
    pages += 1;
    record(tally.title!, compareTitle(ours.title, expected.title), `${name}: «${ours.title}» vs «${expected.title}»`);
    record(tally.byline!, compareByline(ours.authors, expected.byline), `${name}: ${JSON.stringify(ours.authors)} vs «${expected.byline}»`);
    record(tally.siteName!, compareSite(ours.publisher, expected.siteName), `${name}: «${ours.publisher}» vs «${expected.siteName}»`);
  }
  for (const [field, verdicts] of Object.entries(tally)) report(field, verdicts, pages, argv.includes('--list'));
}

function record(verdicts: Map<string, string[]>, verdict: Verdict, line: string): void {
  verdicts.set(verdict, [...(verdicts.get(verdict) ?? []), line]);
}

function report(field: string, verdicts: Map<string, string[]>, pages: number, isListing: boolean): void {
  const agree = verdicts.get('agree')?.length ?? 0;
  console.log(`\n${field}: agree on ${agree}/${pages} (${(agree / pages).toFixed(3)})`);
  for (const [verdict, lines] of [...verdicts].sort((a, b) => b[1].length - a[1].length)) {
    if (verdict === 'agree') continue;
    console.log(`  ${lines.length} × ${verdict}`);
    if (isListing) for (const line of lines) console.log(`      ${line}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
