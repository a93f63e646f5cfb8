/** The part of Chrome's built-in Summarizer API (Chrome 138+) that SayWho uses; passed in so tests can stand in for it. */
export interface SummarizerApi {
  availability(options?: SummarizerOptions): Promise<'unavailable' | 'downloadable' | 'downloading' | 'available'>;
  create(options?: SummarizerOptions): Promise<{ summarize(text: string, options?: { context?: string }): Promise<string>; destroy?(): void }>;
}

interface SummarizerOptions {
  type?: 'tldr' | 'key-points' | 'teaser' | 'headline';
  format?: 'plain-text' | 'markdown';
  length?: 'short' | 'medium' | 'long';
  sharedContext?: string;
  expectedInputLanguages?: string[];
  outputLanguage?: string;
}

/** The on-device model reads a limited window; the start of a news story carries its gist. */
const MAX_INPUT_CHARS = 12_000;

/** Languages Chrome's summariser accepts at present; others are not offered rather than summarised badly. */
const SUPPORTED_LANGUAGES = ['en', 'es', 'ja'];

/** The browser's Summarizer API, if this browser has one. */
export function findSummarizer(scope: object = globalThis): SummarizerApi | null {
  const api = (scope as { Summarizer?: SummarizerApi }).Summarizer;
  return api && typeof api.availability === 'function' && typeof api.create === 'function' ? api : null;
}

function optionsFor(lang: string | null): SummarizerOptions {
  const language = (lang ?? 'en').slice(0, 2).toLowerCase();
  return { type: 'tldr', format: 'plain-text', length: 'short', expectedInputLanguages: [language], outputLanguage: language, sharedContext: 'A news article.' };
}

/** Whether to offer the on-device summary for an article in `lang`: the API exists, speaks the language, and the model can be had. */
export async function canSummariseOnDevice(api: SummarizerApi | null, lang: string | null): Promise<boolean> {
  if (!api || !SUPPORTED_LANGUAGES.includes((lang ?? 'en').slice(0, 2).toLowerCase())) return false;
  try {
    return (await api.availability(optionsFor(lang))) !== 'unavailable';
  } catch {
    return false;
  }
}

/** Asks the on-device model for a one-line summary; must be called from a click (the model may need downloading). */
export async function summariseOnDevice(api: SummarizerApi, text: string, lang: string | null): Promise<string> {
  const summarizer = await api.create(optionsFor(lang));
  try {
    const summary = await summarizer.summarize(text.slice(0, MAX_INPUT_CHARS), { context: 'Summarise what happened in one sentence.' });
    return summary.replace(/\s+/g, ' ').trim();
  } finally {
    summarizer.destroy?.();
  }
}
