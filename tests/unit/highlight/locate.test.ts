import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { QuoteLocator } from '@/utils/highlight/locate';
import { segmentsOf } from '@/utils/highlight/marks';
import { buildTextMap } from '@/utils/highlight/text-map';

/** Locates `exact` (with optional context) in a body and returns the page text the match covers, node by node. */
function find(body: string, exact: string, prefix = '', suffix = ''): { covered: string; level: string; before: string } | null {
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  const map = buildTextMap(document.body);
  const located = new QuoteLocator(map).locate({ exact, prefix, suffix });
  if (!located) return null;
  const covered = segmentsOf(map, located).map((s) => s.node.data.slice(s.start, s.end)).join('|');
  return { covered, level: located.level, before: map.text.slice(Math.max(0, located.start - 12), located.start) };
}

describe('finds a quote in the live page', () => {
  it.each([
    ['exact text', '<p>She said “we will build it” today.</p>', 'we will build it', 'we will build it', 'text'],
    ['split across a link', '<p>“We will <a href="/x">build it</a> now,” she said.</p>', 'We will build it now,', 'We will |build it| now,', 'text'],
    ['split across emphasis mid-word', '<p>“It is <em>un</em>believable,” he said.</p>', 'It is unbelievable,', 'It is |un|believable,', 'text'],
    ['non-breaking spaces in the page', '<p>“Never\u00A0again,” she said.</p>', 'Never again,', 'Never\u00A0again,', 'text'],
    ['soft hyphens in the page', '<p>“An extra\u00ADordinary day,” he said.</p>', 'An extraordinary day,', 'An extra\u00ADordinary day,', 'text'],
    ['curly marks in the page, straight in the quote', '<p>“It’s ours,” she said.</p>', "It's ours,", 'It’s ours,', 'text'],
    ['runs of white space and line breaks', '<p>“We   will\n   win,” she said.</p>', 'We will win,', 'We   will\n   win,', 'text'],
    ['a quote running over two paragraphs', '<p>“First part.</p><p>Second part.”</p>', 'First part.\n\nSecond part.', 'First part.|Second part.', 'text'],
    ['punctuation changed since', '<p>“We will — in time — win,” she said.</p>', 'We will, in time, win', 'We will — in time — win', 'loose'],
    ['a middle edited since', `<p>“${'The first words of a long quotation'} that has been edited here ${'and the last words stay put'}.”</p>`, 'The first words of a long quotation that was changed and the last words stay put', 'The first words of a long quotation that has been edited here and the last words stay put', 'ends'],
  ])('%s', (_name, body, exact, covered, level) => {
    expect(find(body, exact)).toMatchObject({ covered, level });
  });

  it('uses the surrounding words to pick the right one of two occurrences', () => {
    const body = '<p>Smith said: “No comment.”</p><p>Jones said: “No comment.”</p>';
    expect(find(body, 'No comment.', 'Jones said: “', '”')?.before).toMatch(/ones said: "$/);
    expect(find(body, 'No comment.', 'Smith said: “', '”')?.before).toMatch(/mith said: "$/);
  });
});

describe('does not find', () => {
  it.each([
    ['words that are not on the page', '<p>“We will win,” she said.</p>', 'We shall lose'],
    ['text inside scripts and styles only', '<script>var s = "hidden words here";</script><style>.x{}</style><p>Other text.</p>', 'hidden words here'],
    ['an empty quote', '<p>Text.</p>', '  '],
    ['a short quote whose punctuation is all that matches', '<p>Text, more text.</p>', ', '],
    ['a long quote whose ends are too far apart', `<p>The first words of a long quotation ${'filler '.repeat(40)} and the last words stay put.</p>`, 'The first words of a long quotation, cut, and the last words stay put'],
  ])('%s', (_name, body, exact) => {
    expect(find(body, exact)).toBeNull();
  });
});
