import { describe, expect, it } from 'vitest';
import { explainInjectionError, restrictionOf } from '@/utils/popup/restricted-pages';

describe('restrictionOf', () => {
  it.each([
    'chrome://extensions/',
    'about:blank',
    'edge://settings',
    'view-source:https://example.org/',
    'https://chromewebstore.google.com/detail/x',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/',
    'moz-extension://abc/popup.html',
    'data:text/html,hello',
  ])('refuses %s with a reason', (url) => {
    expect(restrictionOf(url)).toMatch(/^restricted/);
  });

  it.each(['https://www.example.org/news/story', 'http://127.0.0.1:8080/a.html', 'file:///home/me/saved.html'])('lets SayWho try %s', (url) => {
    expect(restrictionOf(url)).toBeNull();
  });
});

describe('explainInjectionError', () => {
  it.each([
    ['Cannot access contents of url "file:///x.html"', 'file:///x.html', 'restrictedFileAccess'],
    ['Cannot access contents of the page', 'https://example.org/report.pdf', 'restrictedPdf'],
    ['The extensions gallery cannot be scripted.', 'https://example.org/', 'restrictedGeneric'],
  ])('explains %j', (message, url, expected) => {
    expect(explainInjectionError(message, url)).toBe(expected);
  });

  it('passes unknown errors through as failures', () => {
    expect(explainInjectionError('Frame with ID 0 was removed.', 'https://example.org/')).toBeNull();
  });
});
