import type { OutputBundle } from 'rollup';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { EAGER_COMPILE_HINT, eagerCompileHint } from '../../scripts/lib/compile-hints';

type Output = { type: 'chunk' | 'asset'; fileName: string; code?: string; source?: string };

/** Runs the plugin's last step over a bundle of the given outputs and returns them. */
function afterHint(fileNames: string[], outputs: Output[]): Output[] {
  const bundle = Object.fromEntries(outputs.map((output) => [output.fileName, output])) as unknown as OutputBundle;
  const generateBundle = eagerCompileHint(fileNames).generateBundle as (options: unknown, bundle: OutputBundle) => void;
  generateBundle({}, bundle);
  return outputs;
}

describe('the eager compile hint', () => {
  it('goes on the first line of the named scripts only', () => {
    const [analysis, popup] = afterHint(['content-scripts/analyze.js'], [
      { type: 'chunk', fileName: 'content-scripts/analyze.js', code: 'var analyze=(function(){})();' },
      { type: 'chunk', fileName: 'chunks/popup.js', code: 'import"x";' },
    ]);
    expect(analysis!.code!.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    expect(analysis!.code).toContain('var analyze=(function(){})();');
    expect(popup!.code).toBe('import"x";');
  });

  it('is not added twice, and leaves assets alone', () => {
    const [analysis, style] = afterHint(['a.js', 'a.css'], [
      { type: 'chunk', fileName: 'a.js', code: `${EAGER_COMPILE_HINT}\nrun();` },
      { type: 'asset', fileName: 'a.css', source: 'p{}' },
    ]);
    expect(analysis!.code).toBe(`${EAGER_COMPILE_HINT}\nrun();`);
    expect(style!.source).toBe('p{}');
  });

  it('is part of the build, for the analysis script the popup injects', async () => {
    const vite = (config.vite as unknown as (env: object) => { plugins: { name: string }[] })({});
    const plugin = vite.plugins.flat().find((candidate) => candidate?.name === 'saywho:eager-compile-hint');
    expect(plugin).toBeDefined();
    const bundle = { 'content-scripts/analyze.js': { type: 'chunk', fileName: 'content-scripts/analyze.js', code: 'main();' } };
    (plugin as unknown as { generateBundle: (options: unknown, bundle: unknown) => void }).generateBundle({}, bundle);
    expect(bundle['content-scripts/analyze.js'].code.startsWith(EAGER_COMPILE_HINT)).toBe(true);
  });
});
