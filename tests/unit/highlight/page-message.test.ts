import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { handlePageMessage, hasMovedOn } from '@/utils/highlight';
import { Highlighter } from '@/utils/highlight/highlighter';

const state = (analysedUrl: string) => ({ highlighter: new Highlighter(parseHTML('<html><body><p>x</p></body></html>').document as unknown as Document, () => 0), analysedUrl });
const quote = { id: 0, anchor: { exact: 'x', prefix: '', suffix: '' }, speaker: null, style: 0 };

describe('messages from the popup', () => {
  it.each([
    ['another extension’s message', { type: 'other:thing' }],
    ['no type at all', { hello: 1 }],
    ['not an object', 'saywho:highlight-on'],
    ['null', null],
  ])('leaves %s for other listeners', (_name, message) => {
    expect(handlePageMessage(state('https://a.example/story'), message, 'https://a.example/story')).toBeUndefined();
  });

  it('answers the status question with "off" before anything was marked', () => {
    expect(handlePageMessage(state('https://a.example/story'), { type: 'saywho:highlight-status' }, 'https://a.example/story')).toEqual({ ok: true, on: false, report: null });
  });

  it.each([
    ['saywho:highlight-on', { type: 'saywho:highlight-on', quotes: [quote], styles: [] }],
    ['saywho:show-quote', { type: 'saywho:show-quote', quote, style: undefined }],
  ])('refuses %s on a page that has moved to another address since it was read', (_name, message) => {
    expect(handlePageMessage(state('https://a.example/story'), message, 'https://a.example/next-story')).toMatchObject({ ok: false, reason: 'navigated' });
  });
});

describe('has the page moved on', () => {
  it.each([
    ['another path', 'https://a.example/one', 'https://a.example/two'],
    ['another query', 'https://a.example/one?page=1', 'https://a.example/one?page=2'],
  ])('yes: %s', (_name, from, to) => expect(hasMovedOn(from, to)).toBe(true));

  it.each([
    ['the same address', 'https://a.example/one', 'https://a.example/one'],
    ['only another #fragment (an in-page link)', 'https://a.example/one#top', 'https://a.example/one#comments'],
  ])('no: %s', (_name, from, to) => expect(hasMovedOn(from, to)).toBe(false));
});
