import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The shared corpus of real pages; read in place, never copied into the repo. */
export const DEFAULT_CORPUS_DIR = path.resolve('../shared/corpus');

/** One page to run: its path relative to the corpus folder, and its original address where known. */
export interface CorpusPage {
  id: string;
  file: string;
  url: string | null;
}

/** The corpus's pages from its index.json, or every .html file under the folder when there is no index. */
export async function loadCorpus(dir: string): Promise<CorpusPage[]> {
  const index = path.join(dir, 'index.json');
  if (existsSync(index)) return (JSON.parse(await readFile(index, 'utf8')) as CorpusPage[]).map(({ id, file, url }) => ({ id, file, url }));
  const files = (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  return files.map((file) => ({ id: file, file, url: null }));
}

/** The value below which `p` (0–1) of the sorted values fall (nearest rank); NaN for no values. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** Command-line options shared by the corpus scripts: `[FOLDER] [--limit N] [--only SUBSTRING]`. */
export function parseCorpusArgs(argv: string[]): { dir: string; limit: number; only: string | null; rest: Map<string, string> } {
  const rest = new Map<string, string>();
  let dir = DEFAULT_CORPUS_DIR;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) rest.set(arg.slice(2), argv[i + 1] && !argv[i + 1]!.startsWith('--') ? argv[++i]! : 'true');
    else dir = path.resolve(arg);
  }
  return { dir, limit: Number(rest.get('limit') ?? Infinity), only: rest.get('only') ?? null, rest };
}

/** Runs `work` but gives up after `ms`, so one page can never hang a whole run. */
export async function withTimeout<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timeout: ${label} took over ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
