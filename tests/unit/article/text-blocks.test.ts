import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectTextBlocks, normaliseBlockText } from '@/utils/article/text-blocks';

function blocksOf(html: string) {
  const { document } = parseHTML(`<html><body><div id="root">${html}</div></body></html>`);
  const { text, blocks } = collectTextBlocks(document.getElementById('root') as unknown as Element);
  return blocks.map((block) => [block.kind, text.slice(block.start, block.end)]);
}

describe('collectTextBlocks', () => {
  it.each([
    ['paragraphs', '<p>One.</p><p>Two.</p>', [['paragraph', 'One.'], ['paragraph', 'Two.']]],
    ['inline elements stay in their block', '<p>A <a href="#">link</a> and <em>more</em>.</p>', [['paragraph', 'A link and more.']]],
    ['block quotations', '<blockquote><p>Said.</p></blockquote>', [['blockquote', 'Said.']]],
    ['headings and captions', '<h2>Head</h2><figure><figcaption>Cap</figcaption></figure>', [['heading', 'Head'], ['caption', 'Cap']]],
    ['list items', '<ul><li>a</li><li>b</li></ul>', [['list-item', 'a'], ['list-item', 'b']]],
    ['text beside a nested block', '<div>Loose text<p>Para</p>tail</div>', [['paragraph', 'Loose text'], ['paragraph', 'Para'], ['paragraph', 'tail']]],
    ['line breaks kept as new lines', '<p>one<br>two</p>', [['paragraph', 'one\ntwo']]],
    ['a line break in the source as a space, as the browser shows it', '<p>said Mark\nMcCaughrean,\r\nthe adviser</p>', [['paragraph', 'said Mark McCaughrean, the adviser']]],
    ['the cells of a table set inside a block quotation as data, not quoted words', '<blockquote><p>Quoted.</p><table><tr><td>Release</td><td>4.1</td></tr></table></blockquote>', [['blockquote', 'Quoted.'], ['paragraph', 'Release'], ['paragraph', '4.1']]],
    ['the line breaks of preformatted text kept', '<pre>line one\nline two</pre>', [['preformatted', 'line one\nline two']]],
  ])('splits %s', (_name, html, expected) => {
    expect(blocksOf(html)).toEqual(expected);
  });

  it.each([
    ['scripts and styles', '<p>Text</p><script>var x = "no";</script><style>p{}</style>', [['paragraph', 'Text']]],
    ['empty blocks', '<p> </p><p>Text</p><div>\n</div>', [['paragraph', 'Text']]],
    ['buttons and forms', '<p>Text</p><button>Share</button><textarea>typed</textarea>', [['paragraph', 'Text']]],
  ])('leaves out %s', (_name, html, expected) => {
    expect(blocksOf(html)).toEqual(expected);
  });

  it.each([
    ['a paragraph that is one link', '<p><a href="/x"><span>Related: Dock workers plan strike</span></a></p>', [true]],
    ['a list of links', '<ul><li><a href="/a">One story</a></li><li>• <a href="/b">Another story here</a></li></ul>', [true, true]],
    ['a sentence with a link in it', '<p>The union <a href="/u">said</a> on Friday that the strike was over.</p>', [false]],
    ['a paragraph without links', '<p>Dock workers returned.</p>', [false]],
  ])('marks as a link %s only where all its text is linked', (_name, html, expected) => {
    const { document } = parseHTML(`<html><body><div id="root">${html}</div></body></html>`);
    const { blocks } = collectTextBlocks(document.getElementById('root') as unknown as Element);
    expect(blocks.map((block) => block.isLink === true)).toEqual(expected);
  });

  it('places every block at its offsets in the joined text', () => {
    const { document } = parseHTML('<html><body><div id="r"><p>Alpha beta.</p><p>Gamma.</p></div></body></html>');
    const { text, blocks } = collectTextBlocks(document.getElementById('r') as unknown as Element);
    expect(text).toBe('Alpha beta.\n\nGamma.');
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['Alpha beta.', 'Gamma.']);
  });
});

describe('normaliseBlockText', () => {
  it.each([
    ['  many   spaces\there ', 'many spaces here'],
    ['soft\u00ADhyphen and zero\u200Bwidth', 'softhyphen and zerowidth'],
    ['no\u00A0break space', 'no break space'],
    ['line \n  break', 'line\nbreak'],
  ])('normalises %j', (raw, expected) => {
    expect(normaliseBlockText(raw)).toBe(expected);
  });
});
