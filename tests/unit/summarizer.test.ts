import { describe, expect, it, vi } from 'vitest';
import type { SummarizerApi } from '@/utils/summarizer';
import { canSummariseOnDevice, findSummarizer, summariseOnDevice } from '@/utils/summarizer';

function fakeApi(availability: Awaited<ReturnType<SummarizerApi['availability']>>, summary = 'A short line.') {
  const summarize = vi.fn().mockResolvedValue(`  ${summary}\n`);
  const destroy = vi.fn();
  const api: SummarizerApi = { availability: vi.fn().mockResolvedValue(availability), create: vi.fn().mockResolvedValue({ summarize, destroy }) };
  return { api, summarize, destroy };
}

describe('findSummarizer', () => {
  it('finds the API where the browser has it', () => {
    const { api } = fakeApi('available');
    expect(findSummarizer({ Summarizer: api })).toBe(api);
  });

  it.each([[{}], [{ Summarizer: {} }], [{ Summarizer: { availability: 1 } }]])('finds nothing in %j', (scope) => {
    expect(findSummarizer(scope)).toBeNull();
  });
});

describe('canSummariseOnDevice', () => {
  it.each([
    ['available', 'en', true],
    ['downloadable', 'en-GB', true],
    ['downloading', 'es', true],
    ['unavailable', 'en', false],
    ['available', 'fr', false],
    ['available', null, true],
  ] as const)('with the model %s and an article in %s: %s', async (availability, lang, expected) => {
    expect(await canSummariseOnDevice(fakeApi(availability).api, lang)).toBe(expected);
  });

  it('is false without the API, and when it throws', async () => {
    expect(await canSummariseOnDevice(null, 'en')).toBe(false);
    const api: SummarizerApi = { availability: () => Promise.reject(new Error('no')), create: vi.fn() };
    expect(await canSummariseOnDevice(api, 'en')).toBe(false);
  });
});

describe('summariseOnDevice', () => {
  it('returns one trimmed line and frees the model', async () => {
    const { api, summarize, destroy } = fakeApi('available', 'The council approved the\ntunnel.');
    expect(await summariseOnDevice(api, 'x'.repeat(50_000), 'en')).toBe('The council approved the tunnel.');
    expect((summarize.mock.calls[0]![0] as string).length).toBe(12_000);
    expect(destroy).toHaveBeenCalled();
  });
});
