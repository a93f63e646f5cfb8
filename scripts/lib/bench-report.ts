import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { percentile } from './corpus';

/** One row of a figures table: a label and the values it summarises. */
export interface Series {
  label: string;
  values: number[];
}

/** Prints median, 95th percentile and maximum of each series, with how many values it has. */
export function printTable(title: string, series: Series[], unit = 'ms'): void {
  console.log(`\n${title}`);
  console.log(`  ${'measure'.padEnd(44)}${'n'.padStart(5)}${'median'.padStart(10)}${'p95'.padStart(10)}${'max'.padStart(10)}`);
  for (const { label, values } of series) {
    const cells = [0.5, 0.95, 1].map((p) => format(percentile(values, p), unit).padStart(10));
    console.log(`  ${label.padEnd(44)}${String(values.length).padStart(5)}${cells.join('')}`);
  }
}

function format(value: number, unit: string): string {
  if (Number.isNaN(value)) return '–';
  return unit === 'x' ? `${value.toFixed(2)}×` : value.toFixed(1);
}

/** The size of every script, style sheet and page in a build folder, raw and gzipped, largest first. */
export async function bundleSizes(buildDir: string): Promise<{ file: string; bytes: number; gzipBytes: number }[]> {
  const files = (await readdir(buildDir, { recursive: true })).filter((file) => /\.(js|css|html|json)$/.test(file));
  const sizes = await Promise.all(files.map(async (file) => {
    const body = await readFile(path.join(buildDir, file));
    return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
  }));
  return sizes.sort((a, b) => b.bytes - a.bytes);
}

/** Prints the sizes table, in kilobytes. */
export function printSizes(buildDir: string, sizes: { file: string; bytes: number; gzipBytes: number }[]): void {
  console.log(`\nBuilt entries in ${path.relative(process.cwd(), buildDir)} (KiB)`);
  console.log(`  ${'file'.padEnd(44)}${'raw'.padStart(10)}${'gzip'.padStart(10)}`);
  for (const { file, bytes, gzipBytes } of sizes) console.log(`  ${file.padEnd(44)}${(bytes / 1024).toFixed(1).padStart(10)}${(gzipBytes / 1024).toFixed(1).padStart(10)}`);
}
