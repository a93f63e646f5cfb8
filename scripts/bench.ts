/**
 * Benchmark in a real browser (npm run bench): for every corpus page, Readability alone against the full analysis,
 * both in headless Chromium on the same page in the same run; the popup's times on a few typical articles; the size of
 * each built file. Prints medians and 95th percentiles and writes the raw figures to out/bench/. Figures, not a test.
 *
 *   npm run bench -- [CORPUS_FOLDER] [--limit N] [--only SUBSTRING] [--runs 3] [--popup-runs 3] [--cap-ms 30000]
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CorpusPage } from './lib/corpus';
import { loadCorpus, parseCorpusArgs, percentile, withTimeout } from './lib/corpus';
import type { CorpusSession } from './lib/corpus-browser';
import { openPage, replaceTab, startCorpusSession, timeAnalysisScript } from './lib/corpus-browser';
import { bundleSizes, printSizes, printTable } from './lib/bench-report';
import type { PopupTiming } from './lib/popup-timing';
import { timePopup } from './lib/popup-timing';
import { readabilityBaselineScript, timeReadability } from './lib/readability-baseline';

interface PageFigures {
  id: string;
  error?: string;
  isArticle?: boolean;
  quotes?: number;
  readabilityMs?: number[];
  extractMs?: number[];
  analyseMs?: number[];
  /** The whole injection as the extension sees it, from asking for it to the answer (see timeAnalysisScript). */
  injectionMs?: number[];
  /** The first click on a page, each in a fresh tab: the renderer has compiled none of the script's code or patterns. */
  firstClick?: { readabilityMs: number; extractMs: number; analyseMs: number; injectionMs: number };
}

const median = (values: number[]) => percentile(values, 0.5);

/**
 * Times one page: first as a reader meets it (Readability alone in one fresh tab, the extension's first click in
 * another, so both start cold), then `runs` more times in the same tab, alternating which of the two goes first.
 */
async function measurePage(session: CorpusSession, page: CorpusPage, runs: number, baseline: string, capMs: number): Promise<PageFigures> {
  const figures: PageFigures = { id: page.id, readabilityMs: [], extractMs: [], analyseMs: [], injectionMs: [] };
  try {
    await withTimeout((async () => {
      await replaceTab(session);
      await openPage(session, page.file, capMs);
      const coldReadability = await timeReadability(session.tab, baseline);
      await replaceTab(session);
      await openPage(session, page.file, capMs);
      const { result: first, injectionMs } = await timeAnalysisScript(session);
      if (!first.ok) throw new Error(`analysis failed: ${first.error}`);
      figures.firstClick = { readabilityMs: coldReadability, ...first.timings, injectionMs };
      for (let run = 0; run < runs; run++) {
        const readability = run % 2 === 1 ? await timeReadability(session.tab, baseline) : null;
        const { result, injectionMs } = await timeAnalysisScript(session);
        if (!result.ok) throw new Error(`analysis failed: ${result.error}`);
        figures.injectionMs!.push(injectionMs);
        figures.readabilityMs!.push(readability ?? await timeReadability(session.tab, baseline));
        figures.extractMs!.push(result.timings.extractMs);
        figures.analyseMs!.push(result.timings.analyseMs);
        figures.isArticle = result.analysis.isArticle;
        figures.quotes = result.analysis.quotes.length;
      }
    })(), capMs, page.id);
  } catch (error) {
    figures.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
  return figures;
}

/** The typical articles the popup is timed on: the pages that have hand-checked answer keys. */
async function typicalArticles(pages: CorpusPage[]): Promise<CorpusPage[]> {
  const goldDir = path.resolve('../shared/gold');
  if (!existsSync(goldDir)) return pages.slice(0, 5);
  const keys = (await readdir(goldDir, { recursive: true })).filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, ''));
  return pages.filter((page) => keys.some((key) => page.id === key || page.id === `${key}.html`));
}

async function timePopups(session: CorpusSession, pages: CorpusPage[], runs: number): Promise<{ id: string; runs: PopupTiming[] }[]> {
  const timings = [];
  for (const page of pages) {
    await openPage(session, page.file, 30_000);
    const runsOfPage: PopupTiming[] = [];
    for (let run = 0; run < runs; run++) runsOfPage.push(await timePopup(session));
    timings.push({ id: page.id, runs: runsOfPage });
  }
  return timings;
}

function printPageFigures(figures: PageFigures[]): void {
  const measured = figures.filter((page) => !page.error);
  const perPage = (pick: (page: PageFigures) => number[] | undefined, set = measured) => set.map((page) => median(pick(page) ?? []));
  const rows = (set: PageFigures[]) => {
    const readability = perPage((p) => p.readabilityMs, set);
    const extract = perPage((p) => p.extractMs, set);
    const analyse = perPage((p) => p.analyseMs, set);
    const injection = perPage((p) => p.injectionMs, set);
    return { readability, extract, analyse, total: extract.map((value, i) => value + analyse[i]!), injection };
  };
  const firstRows = (set: PageFigures[]) => {
    const readability = set.map((page) => page.firstClick!.readabilityMs);
    const extract = set.map((page) => page.firstClick!.extractMs);
    const analyse = set.map((page) => page.firstClick!.analyseMs);
    const injection = set.map((page) => page.firstClick!.injectionMs);
    return { readability, extract, analyse, total: extract.map((value, i) => value + analyse[i]!), injection };
  };
  printRows(`First click, each page in a fresh tab (a reader's click); ${measured.length} pages measured, ${figures.length - measured.length} failed (ms)`, firstRows(measured), firstRows(measured.filter((page) => page.isArticle)));
  printRows('Repeated in the same tab, median of the runs on each page (ms)', rows(measured), rows(measured.filter((page) => page.isArticle)));
}

interface Rows {
  readability: number[];
  extract: number[];
  analyse: number[];
  total: number[];
  injection: number[];
}

function printRows(title: string, all: Rows, articles: Rows): void {
  printTable(title, [
    { label: 'Readability alone (clone + parse)', values: all.readability },
    { label: 'extraction (Readability + metadata + blocks)', values: all.extract },
    { label: 'analysis (pure, after extraction)', values: all.analyse },
    { label: 'whole content script (extract + analyse)', values: all.total },
    { label: 'injection as the extension sees it', values: all.injection },
  ]);
  printTable('  …as ratios to Readability alone on the same page', [
    { label: 'analysis / Readability, all pages', values: all.analyse.map((value, i) => value / all.readability[i]!) },
    { label: 'analysis / Readability, articles only', values: articles.analyse.map((value, i) => value / articles.readability[i]!) },
    { label: '(whole script − Readability) / Readability', values: all.total.map((value, i) => (value - all.readability[i]!) / all.readability[i]!) },
    { label: 'whole script / Readability', values: all.total.map((value, i) => value / all.readability[i]!) },
  ], 'x');
}

async function main(): Promise<void> {
  const { dir, limit, only, rest } = parseCorpusArgs(process.argv.slice(2));
  const runs = Number(rest.get('runs') ?? 3);
  const capMs = Number(rest.get('cap-ms') ?? 30_000);
  const pages = (await loadCorpus(dir)).filter((page) => !only || page.id.includes(only)).slice(0, limit);
  const baseline = await readabilityBaselineScript();
  const session = await startCorpusSession(dir);
  const started = Date.now();
  const figures: PageFigures[] = [];
  try {
    for (const [i, page] of pages.entries()) {
      const measured = await measurePage(session, page, runs, baseline, capMs);
      figures.push(measured);
      if ((i + 1) % 50 === 0) console.error(`${i + 1}/${pages.length} pages, ${Math.round((Date.now() - started) / 1000)} s`);
    }
    const popup = await timePopups(session, await typicalArticles(pages), Number(rest.get('popup-runs') ?? 3));
    const buildDir = path.resolve(existsSync('.output/chrome-mv3') ? '.output/chrome-mv3' : '.output/chrome-mv3-e2e');
    const sizes = await bundleSizes(buildDir);
    printPageFigures(figures);
    printTable(`Popup on ${popup.length} typical articles, median of ${rest.get('popup-runs') ?? 3} openings each (ms from opening)`, [
      { label: 'first content (skeleton replaced)', values: popup.map((p) => median(p.runs.map((r) => r.firstContentMs))) },
      { label: 'full analysis painted', values: popup.map((p) => median(p.runs.map((r) => r.analysisPaintedMs))) },
    ]);
    printSizes(buildDir, sizes);
    for (const page of figures.filter((p) => p.error)) console.log(`  failed: ${page.id}: ${page.error}`);
    const outDir = path.resolve('out/bench');
    await mkdir(outDir, { recursive: true });
    const outFile = path.join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version };
    await writeFile(outFile, JSON.stringify({ date: new Date().toISOString(), corpus: dir, runs, machine, seconds: (Date.now() - started) / 1000, pages: figures, popup, sizes, blockedPageRequests: session.blockedRequests.count }, null, 1));
    console.log(`\nRaw figures: ${path.relative(process.cwd(), outFile)} (${Math.round((Date.now() - started) / 1000)} s)`);
  } finally {
    await session.close();
  }
}

await main();
