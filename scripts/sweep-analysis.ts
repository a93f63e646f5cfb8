/**
 * Runs the analysis over every corpus page in Node and prints what it costs:
 * `npx tsx scripts/sweep-analysis.ts [--corpus DIR] [--repeat N] [--slowest N]`.
 * For each page: Readability's parse time (on a fresh clone, as the extension does) and the analysis time
 * (analyseArticle alone), each the median of N runs; reports exceptions, the slowest pages, and the median and p95
 * of both and of their ratio. A script that prints figures, not a test: timings depend on the machine.
 */
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyseArticle } from '../utils/analysis';
import { extractArticle } from '../utils/article';

interface CorpusEntry {
  id: string;
  file: string;
  url: string | null;
  source?: string;
}

interface PageResult {
  id: string;
  source: string;
  isArticle: boolean;
  readabilityMs: number;
  analysisMs: number;
  quotes: number;
  error?: string;
}

/** Pages saved without their address get this stand-in, which Readability's own test pages use. */
const FALLBACK_URL = 'http://fakehost/test/page.html';
/** The brief's limit for any one page's analysis. */
const MAX_PAGE_MS = 1000;

function option(argv: string[], name: string, fallback: string): string {
  const index = argv.indexOf(name);
  return index >= 0 && argv[index + 1] ? argv[index + 1]! : fallback;
}

function median(values: number[]): number {
  return quantile(values, 0.5);
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function timed(run: () => unknown, repeat: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

function measurePage(entry: CorpusEntry, html: string, repeat: number): PageResult {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const base = { id: entry.id, source: entry.source ?? entry.id.split('/')[0]!, readabilityMs: 0, analysisMs: 0, quotes: 0, isArticle: false };
  try {
    const readabilityMs = timed(() => new Readability(doc.cloneNode(true) as Document).parse(), repeat);
    const article = extractArticle(doc, entry.url ?? FALLBACK_URL);
    let quotes = 0;
    const analysisMs = timed(() => (quotes = analyseArticle(article).quotes.length), repeat);
    return { ...base, isArticle: article.isArticle, readabilityMs, analysisMs, quotes };
  } catch (error) {
    return { ...base, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

function fmt(ms: number): string {
  return `${ms.toFixed(2)} ms`;
}

function report(results: PageResult[], slowest: number): void {
  const failed = results.filter((r) => r.error);
  const ok = results.filter((r) => !r.error);
  const articles = ok.filter((r) => r.isArticle && r.readabilityMs > 0);
  console.log(`pages ${results.length}, exceptions ${failed.length}, articles ${articles.length}`);
  for (const r of failed) console.log(`  EXCEPTION ${r.id}: ${r.error}`);
  console.log(`\nslowest analyses:`);
  for (const r of [...ok].sort((a, b) => b.analysisMs - a.analysisMs).slice(0, slowest)) {
    console.log(`  ${r.id.padEnd(40)} analysis ${fmt(r.analysisMs).padStart(10)}  readability ${fmt(r.readabilityMs).padStart(10)}  quotes ${r.quotes}`);
  }
  const over = ok.filter((r) => r.analysisMs > MAX_PAGE_MS);
  console.log(`\npages over ${MAX_PAGE_MS} ms: ${over.length}`);
  const bySource = [...new Set(articles.map((r) => r.source))].map((source) => [`article pages from ${source}`, articles.filter((r) => r.source === source)] as const);
  for (const [label, set] of [['all pages', ok], ['article pages', articles], ...bySource] as const) {
    const ratios = set.filter((r) => r.readabilityMs > 0).map((r) => r.analysisMs / r.readabilityMs);
    console.log(`\n${label} (${set.length}):`);
    console.log(`  readability  median ${fmt(median(set.map((r) => r.readabilityMs)))}  p95 ${fmt(quantile(set.map((r) => r.readabilityMs), 0.95))}`);
    console.log(`  analysis     median ${fmt(median(set.map((r) => r.analysisMs)))}  p95 ${fmt(quantile(set.map((r) => r.analysisMs), 0.95))}`);
    console.log(`  ratio analysis/readability per page: median ${(100 * median(ratios)).toFixed(1)} %  p95 ${(100 * quantile(ratios, 0.95)).toFixed(1)} %`);
  }
}

async function main(argv: string[]): Promise<number> {
  const corpus = path.resolve(option(argv, '--corpus', '../shared/corpus'));
  const repeat = Number(option(argv, '--repeat', '3'));
  const slowest = Number(option(argv, '--slowest', '10'));
  const index = JSON.parse(await readFile(path.join(corpus, 'index.json'), 'utf8')) as CorpusEntry[];
  const results: PageResult[] = [];
  const loadBefore = loadavg()[0]!;
  for (const entry of index) {
    const html = await readFile(path.join(corpus, entry.file), 'utf8').catch(() => null);
    if (html === null) {
      results.push({ id: entry.id, source: '?', isArticle: false, readabilityMs: 0, analysisMs: 0, quotes: 0, error: 'cannot read file' });
      continue;
    }
    results.push(measurePage(entry, html, repeat));
  }
  report(results, slowest);
  // Wall-clock times on a shared machine swell with its load; the ratio holds, as both are timed in the same run.
  console.log(`\nload average (1 min) before ${loadBefore.toFixed(2)}, after ${loadavg()[0]!.toFixed(2)}`);
  return results.some((r) => r.error) ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
