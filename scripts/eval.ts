/**
 * Scores the pipeline against the answer keys: `npm run eval -- [--gold DIR] [--corpus DIR] [--out DIR]`.
 * Analyses every corpus page that has a key, writes one prediction per key into --out, and runs the shared scorer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { analyseHtml } from './lib/analyse-html';
import type { KeyedQuote } from './lib/quoted-figures';
import { quotedFiguresFound } from './lib/quoted-figures';

interface CorpusEntry {
  id: string;
  file: string;
  url: string | null;
}

/** Pages saved without their address get this stand-in, which Readability's own test pages use. */
const FALLBACK_URL = 'http://fakehost/test/page.html';

function option(argv: string[], name: string, fallback: string): string {
  const index = argv.indexOf(name);
  return index >= 0 && argv[index + 1] ? argv[index + 1]! : fallback;
}

async function listKeys(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => path.join(e.parentPath, e.name));
}

async function main(argv: string[]): Promise<number> {
  const gold = path.resolve(option(argv, '--gold', '../shared/gold'));
  const corpus = path.resolve(option(argv, '--corpus', '../shared/corpus'));
  const out = path.resolve(option(argv, '--out', 'out/eval'));
  // The scorer sits in ../shared/tools, beside ../shared/gold; a key folder elsewhere in ../shared (polnear/gold) uses the same one.
  const besideGold = path.join(gold, '../tools/score.mjs');
  const scorer = path.resolve(option(argv, '--scorer', existsSync(besideGold) ? besideGold : path.resolve('../shared/tools/score.mjs')));
  for (const [what, place] of [['answer keys', gold], ['corpus index', path.join(corpus, 'index.json')], ['scorer', scorer]] as const) {
    if (!existsSync(place)) {
      console.error(`eval: cannot find the ${what} at ${place}. It lives in ../shared beside the checkout; pass --gold/--corpus to point elsewhere.`);
      return 2;
    }
  }
  const index = JSON.parse(await readFile(path.join(corpus, 'index.json'), 'utf8')) as CorpusEntry[];
  const byId = new Map(index.map((entry) => [entry.id, entry]));
  const quotedFigures = { found: 0, of: 0 };
  for (const keyFile of await listKeys(gold)) {
    const key = JSON.parse(await readFile(keyFile, 'utf8')) as { id: string; url?: string | null; figures?: unknown[]; quotes?: KeyedQuote[]; speakersResolved?: string };
    const entry = byId.get(key.id);
    if (!entry) {
      console.error(`eval: ${key.id} has an answer key but no page in the corpus; it scores as empty.`);
      continue;
    }
    const html = await readFile(path.join(corpus, entry.file), 'utf8');
    const analysis = analyseHtml(html, entry.url ?? key.url ?? FALLBACK_URL);
    const target = path.join(out, path.relative(gold, keyFile));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, JSON.stringify(analysis, null, 2));
    // Keys without figures whose every speaker is resolved (PolNeAR's) still show whom the story quotes most.
    if (!key.figures && key.speakersResolved === 'all') {
      const { found, of } = quotedFiguresFound(key.quotes ?? [], analysis.figures.map((figure) => figure.name));
      quotedFigures.found += found;
      quotedFigures.of += of;
    }
  }
  const scored = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', out, ...argv.filter((a) => a === '--verbose' || a === '--json')], { stdio: 'inherit' });
  if (quotedFigures.of > 0 && !argv.includes('--json')) {
    console.log(`quotedFigureRecall ${(quotedFigures.found / quotedFigures.of).toFixed(3)}  (keys without figures: their most-quoted speakers among the first five figures, ${quotedFigures.found}/${quotedFigures.of})`);
  }
  return scored.status ?? 1;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
