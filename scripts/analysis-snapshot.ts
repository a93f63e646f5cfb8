/**
 * Records what the pipeline makes of every corpus page, to show that a change meant to be invisible (a speed-up, a
 * clean-up) changed nothing: `npx tsx scripts/analysis-snapshot.ts [CORPUS_FOLDER] [--out FILE] [--compare FILE]`.
 * Writes each page's Article (text, blocks, metadata) and Analysis as JSON; with --compare, lists the pages whose
 * article or analysis differs from an earlier snapshot. Record one before the change, compare after it.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { analyseArticle } from '../utils/analysis';
import { extractArticle } from '../utils/article';
import { loadCorpus, parseCorpusArgs } from './lib/corpus';

/** Pages saved without their address get this stand-in, which Readability's own test pages use. */
const FALLBACK_URL = 'http://fakehost/test/page.html';

type Snapshot = Record<string, { article: unknown; analysis: unknown } | { error: string }>;

async function record(dir: string, only: string | null, limit: number): Promise<Snapshot> {
  const pages = (await loadCorpus(dir)).filter((page) => !only || page.id.includes(only)).slice(0, limit);
  const snapshot: Snapshot = {};
  for (const page of pages) {
    try {
      const { document } = parseHTML(await readFile(path.join(dir, page.file), 'utf8'));
      const article = extractArticle(document as unknown as Document, page.url ?? FALLBACK_URL);
      snapshot[page.id] = { article, analysis: analyseArticle(article) };
    } catch (error) {
      snapshot[page.id] = { error: error instanceof Error ? error.message : String(error) };
    }
  }
  return snapshot;
}

/** The pages whose record differs between two snapshots, or that only one of them holds. */
function differingPages(before: Snapshot, after: Snapshot): string[] {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...ids].filter((id) => JSON.stringify(before[id] ?? null) !== JSON.stringify(after[id] ?? null));
}

async function main(): Promise<void> {
  const { dir, limit, only, rest } = parseCorpusArgs(process.argv.slice(2));
  const out = path.resolve(rest.get('out') ?? 'out/snapshot/analysis.json');
  const compare = rest.get('compare');
  if (compare && !existsSync(compare)) throw new Error(`No snapshot at ${compare}`);
  // Read before writing: comparing against the output file itself would otherwise compare the new one with itself.
  const earlier = compare ? JSON.parse(await readFile(compare, 'utf8')) as Snapshot : null;
  const snapshot = await record(dir, only, limit);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify(snapshot));
  console.log(`${Object.keys(snapshot).length} pages recorded in ${path.relative(process.cwd(), out)}`);
  if (!compare || !earlier) return;
  const differing = differingPages(earlier, snapshot);
  console.log(differing.length === 0 ? `identical to ${compare}` : `${differing.length} pages differ from ${compare}:`);
  for (const id of differing) console.log(`  ${id}`);
  if (differing.length > 0) process.exitCode = 1;
}

await main();
