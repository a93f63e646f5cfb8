import type { Plugin } from 'vite';

/**
 * V8's per-file explicit compile hint: a script that starts with it has all its functions compiled when the script
 * is, instead of each one lazily (pre-parsed, then parsed again) on its first call. Chromium follows it; other
 * engines ignore a comment.
 */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Puts the compile hint at the top of the named output files, after minification (which drops comments). Meant for
 * a script that runs all of its code as soon as it is loaded, such as the analysis script the popup injects.
 */
export function eagerCompileHint(fileNames: readonly string[]): Plugin {
  return {
    name: 'saywho:eager-compile-hint',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk' || !fileNames.includes(output.fileName)) continue;
        if (!output.code.startsWith(EAGER_COMPILE_HINT)) output.code = `${EAGER_COMPILE_HINT}\n${output.code}`;
      }
    },
  };
}
