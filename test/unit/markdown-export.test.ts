import { HtmlRenderer, type Node as MarkdownNode, Parser } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownText, markdownOf } from '../../shared/rich-text/markdown';

/** What users type that Markdown would otherwise read as markup. */
const INJECTIONS = [
  'Eve <img src=x onerror=alert(1)>',
  '<a href="javascript:alert(4)">click</a>',
  '<script>alert(2)</script>',
  'Point\n\n## Injected heading',
  'line one\n- injected item',
  'ends with a fence\n```\ncode',
  'use `backticks` and ``` three',
  'a `` b ` c',
  '**not bold** and __not bold__ and *not em*',
  '**bold **tail',
  '[x](javascript:alert(3)) and ![img](http://x/y.png)',
  '<http://example.com> and http://example.com',
  '| a | b |\n|---|---|',
  '1. Not a list',
  '2) Not a list either',
  '# Not a heading',
  '> Not a quote',
  '- Not a bullet',
  '+ Not a bullet',
  '=== not a setext underline',
  '    four spaces are not code',
  'Tom &amp; Jerry &copy; &#60;b&#62;',
  'back\\slash \\*still text\\*',
  '~~not struck~~ and Jean-Luc 5*3 snake_case_name #42',
  'Trailing hashes ##',
];

interface Rendered {
  types: Set<string>;
  text: string;
  html: string;
}

function render(markdown: string): Rendered {
  const tree = new Parser().parse(markdown);
  const types = new Set<string>();
  let text = '';
  const walker = tree.walker();
  for (let step = walker.next(); step; step = walker.next()) {
    const node: MarkdownNode = step.node;
    if (!step.entering) continue;
    types.add(node.type);
    if (node.type === 'text' || node.type === 'code' || node.type === 'code_block')
      text += node.literal ?? '';
    if (node.type === 'softbreak') text += ' ';
    if (node.type === 'linebreak') text += '\n';
    if (node.type === 'paragraph' && text !== '') text += '\n';
  }
  return { types, text: text.trim(), html: new HtmlRenderer().render(tree) };
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const MARKUP = [
  'html_inline',
  'html_block',
  'link',
  'image',
  'heading',
  'list',
  'block_quote',
  'code_block',
  'emph',
  'strong',
  'thematic_break',
  'code',
];

describe('escapeMarkdownText: a plain-text field renders exactly as typed', () => {
  it.each(INJECTIONS)('%j', (typed) => {
    for (const [markdown, container] of [
      [escapeMarkdownText(typed), 'paragraph'],
      [`# One-to-one with ${escapeMarkdownText(typed)}`, 'heading'],
      [`- [ ] ${escapeMarkdownText(typed)} (You)`, 'list'],
    ] as const) {
      const rendered = render(markdown);
      const made = MARKUP.filter(
        (t) => rendered.types.has(t) && t !== container && !(container === 'list' && t === 'item'),
      );
      expect(made, markdown).toEqual([]);
      expect(rendered.html).not.toMatch(/<(img|a|script)\b/);
      const expected = oneLine(typed);
      if (container === 'paragraph') expect(rendered.text).toBe(expected);
      if (container === 'heading') expect(rendered.text).toBe(`One-to-one with ${expected}`);
      if (container === 'list') expect(rendered.text).toBe(`[ ] ${expected} (You)`);
    }
  });
});

const text = (t: string, marks: string[] = []) =>
  marks.length > 0
    ? { type: 'text', text: t, marks: marks.map((type) => ({ type })) }
    : { type: 'text', text: t };
const para = (...content: unknown[]) => ({ type: 'paragraph', content });
const doc = (...content: unknown[]) => ({ type: 'doc', content });

describe('markdownOf: documents through prosemirror-markdown', () => {
  it.each(INJECTIONS.filter((s) => !s.includes('\n')))('keeps typed text as text: %j', (typed) => {
    const rendered = render(markdownOf(doc(para(text(typed)))));
    expect(MARKUP.filter((t) => rendered.types.has(t))).toEqual([]);
    // Leading spaces of a paragraph are not kept (they are not meaningful in Markdown).
    expect(rendered.text).toBe(typed.trimStart());
  });

  it('cannot start a block after a line break', () => {
    for (const line of [
      '# Injected heading',
      '---',
      '- injected item',
      '1. injected',
      '> quote',
      '=== setext',
      '<div>x</div>',
    ]) {
      const rendered = render(markdownOf(doc(para(text('first'), { type: 'hardBreak' }, text(line)))));
      expect(MARKUP.filter((t) => rendered.types.has(t))).toEqual([]);
      expect(rendered.text).toBe(`first\n${line}`);
    }
  });

  it('puts whitespace outside emphasis so CommonMark renders it', () => {
    const markdown = markdownOf(
      doc(para(text('bold ', ['bold']), text('tail'), text(' it ', ['italic']), text('end'))),
    );
    expect(markdown).toBe('**bold** tail *it* end');
    expect(render(markdown).html).toBe('<p><strong>bold</strong> tail <em>it</em> end</p>\n');
  });

  it('keeps backticks inside code spans and code blocks', () => {
    const rendered = render(
      markdownOf(
        doc(para(text('a `tick` b', ['code'])), {
          type: 'codeBlock',
          attrs: { language: 'js"><x' },
          content: [text('```\n<b>x</b>')],
        }),
      ),
    );
    expect(rendered.html).toContain('<code>a `tick` b</code>');
    expect(rendered.html).toContain(
      '<pre><code class="language-jsx">```\n&lt;b&gt;x&lt;/b&gt;\n</code></pre>',
    );
  });

  it('writes lists, headings and quotes as Markdown', () => {
    const markdown = markdownOf(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [text('Deal')] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [para(text('one'))] },
            { type: 'listItem', content: [para(text('two'))] },
          ],
        },
        {
          type: 'orderedList',
          attrs: { start: 3 },
          content: [{ type: 'listItem', content: [para(text('three'))] }],
        },
        { type: 'blockquote', content: [para(text('said'))] },
      ),
    );
    expect(markdown).toBe('### Deal\n\n- one\n- two\n\n3. three\n\n> said');
  });

  it('leaves behaviour tags out and keeps their words', () => {
    const tagged = {
      type: 'text',
      text: 'asked why',
      marks: [{ type: 'behaviourTag', attrs: { observationId: 'o-1' } }],
    };
    expect(markdownOf(doc(para(text('She '), tagged)))).toBe('She asked why');
  });

  it('exports every word of a stored document that no longer fits the schema', () => {
    const stored = doc(
      para(text('KEEP-ME: '), {
        type: 'text',
        text: 'see this deck',
        marks: [{ type: 'link', attrs: { href: 'javascript:x' } }],
      }),
      { type: 'image', attrs: { src: 'x' } },
    );
    expect(markdownOf(stored)).toBe('KEEP-ME: see this deck');
  });
});
