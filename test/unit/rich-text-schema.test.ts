import { describe, expect, it } from 'vitest';
import {
  MAX_RICH_TEXT_DEPTH,
  plainTextOf,
  repairRichTextDoc,
  richTextProblem,
  richTextSchema,
} from '../../shared/rich-text/schema';

const text = (t: string, marks?: unknown[]) =>
  marks ? { type: 'text', text: t, marks } : { type: 'text', text: t };
const para = (...content: unknown[]) => ({ type: 'paragraph', content });
const doc = (...content: unknown[]) => ({ type: 'doc', content });

/** `depth` levels: doc › blockquote › … › paragraph › text. */
function nested(depth: number) {
  let node: Record<string, unknown> = para(text('deep'));
  for (let i = 0; i < depth - 3; i += 1) node = { type: 'blockquote', content: [node] };
  return doc(node);
}

describe('the rich-text schema shared by the editor and the core', () => {
  it('is StarterKit as the editor configures it, plus the behaviour tag, the retrospective answer and read-only tables', () => {
    expect(Object.keys(richTextSchema.nodes).sort()).toEqual([
      'blockquote',
      'bulletList',
      'codeBlock',
      'doc',
      'hardBreak',
      'heading',
      'horizontalRule',
      'listItem',
      'orderedList',
      'paragraph',
      'retroAnswer',
      'table',
      'tableCell',
      'tableHeader',
      'tableRow',
      'text',
    ]);
    expect(Object.keys(richTextSchema.marks).sort()).toEqual([
      'behaviourTag',
      'bold',
      'code',
      'italic',
      'strike',
      'underline',
    ]);
    expect(Object.keys(richTextSchema.marks.behaviourTag?.spec.attrs ?? {})).toEqual(['observationId']);
  });

  it('accepts what the editor writes', () => {
    const ok = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Deal review')] },
      para(
        text('She ', [{ type: 'bold' }]),
        text('asked', [{ type: 'behaviourTag', attrs: { observationId: 'o-1' } }]),
      ),
      { type: 'bulletList', content: [{ type: 'listItem', content: [para(text('one'))] }] },
      {
        type: 'orderedList',
        attrs: { start: 1, type: null },
        content: [{ type: 'listItem', content: [para()] }],
      },
      { type: 'codeBlock', attrs: { language: null }, content: [text('x')] },
      para(text('a'), { type: 'hardBreak' }, text('b')),
      { type: 'horizontalRule' },
    );
    expect(richTextProblem(ok)).toBeNull();
    expect(richTextProblem(doc())).toBeNull();
    expect(richTextProblem(nested(MAX_RICH_TEXT_DEPTH))).toBeNull();
  });

  it.each([
    [
      'an unknown mark',
      doc(para(text('see this deck', [{ type: 'link', attrs: { href: 'x' } }]))),
      'content.0.content.0.marks.0.type',
      /"link" is not allowed here/,
    ],
    [
      'an unknown node',
      doc(para(text('a')), { type: 'image', attrs: { src: 'x' } }),
      'content.1.type',
      /"image" is not allowed here/,
    ],
    [
      'an unknown attribute',
      doc({ type: 'paragraph', attrs: { onclick: 'x' } }),
      'content.0.attrs.onclick',
      /no attribute "onclick"/,
    ],
    [
      'a heading level out of range',
      doc({ type: 'heading', attrs: { level: 9 }, content: [] }),
      'content.0.attrs.level',
      /1 to 6/,
    ],
    [
      'an object as attribute value',
      doc({ type: 'codeBlock', attrs: { language: { a: 1 } } }),
      'content.0.attrs.language',
      /must be text/,
    ],
    ['an empty text node', doc(para({ type: 'text', text: '' })), 'content.0.content.0.text', /non-empty/],
    [
      'a list item outside a list',
      doc({ type: 'listItem', content: [para()] }),
      'content',
      /"doc" cannot hold listItem/,
    ],
    ['text directly in the document', doc(text('loose')), 'content', /cannot hold text/],
    [
      'marks inside code',
      doc({ type: 'codeBlock', content: [text('x', [{ type: 'bold' }])] }),
      'content.0.content.0.marks.0.type',
      /not allowed inside a "codeBlock"/,
    ],
    ['a nested document', doc({ type: 'doc', content: [] }), 'content.0.type', /"doc" is not allowed here/],
    ['a stray field', { ...doc(), script: 1 }, 'script', /no field "script"/],
    ['not a document', { type: 'paragraph' }, 'type', /type "doc"/],
    ['too deep', nested(MAX_RICH_TEXT_DEPTH + 1), '', /nested more than 64 levels/],
  ])('refuses %s and says where', (_name, input, path, message) => {
    const problem = richTextProblem(input);
    expect(problem).not.toBeNull();
    expect(problem?.path.join('.').startsWith(path)).toBe(true);
    expect(problem?.message).toMatch(message);
  });

  it('answers for a document nested 200,000 deep without overflowing the stack', () => {
    expect(richTextProblem(nested(200_000))?.message).toMatch(/nested more than/);
    expect(plainTextOf(nested(200_000))).toBe('deep');
  });

  it('refuses a document past the size limits', () => {
    expect(richTextProblem(doc(para(text('x'.repeat(2_000_001)))))?.message).toMatch(/larger than 2 MB/);
    const many = doc(...Array.from({ length: 50_001 }, () => para(text('x'))));
    expect(richTextProblem(many)?.message).toMatch(/at most 100000/);
  });

  it('reads the words of any document, blocks on their own lines', () => {
    const stored = doc(
      para(text('KEEP-ME: '), text('see this deck', [{ type: 'link' }])),
      { type: 'image', attrs: { src: 'x' } },
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [para(text('one'))] },
          { type: 'listItem', content: [para(text('two'))] },
        ],
      },
      para(text('a'), { type: 'hardBreak' }, text('b')),
    );
    expect(plainTextOf(stored)).toBe('KEEP-ME: see this deck\none\ntwo\na\nb');
  });

  it('repairs by dropping unknown marks and keeping the words and the rest of the formatting', () => {
    const stored = doc(
      para(
        text('KEEP-ME: ', [{ type: 'bold' }]),
        text('see this deck', [{ type: 'link', attrs: { href: 'x' } }]),
      ),
    );
    const repaired = repairRichTextDoc(stored);
    expect(richTextProblem(repaired)).toBeNull();
    expect(repaired).toEqual(doc(para(text('KEEP-ME: ', [{ type: 'bold' }]), text('see this deck'))));
  });

  it('repairs unknown nodes and too-deep documents into plain paragraphs with every word', () => {
    for (const stored of [
      doc(para(text('before')), { type: 'image', content: [text('caption')] }, para(text('after'))),
      nested(2_046),
    ]) {
      const repaired = repairRichTextDoc(stored);
      expect(richTextProblem(repaired)).toBeNull();
      expect(plainTextOf(repaired)).toBe(plainTextOf(stored));
    }
  });
});
