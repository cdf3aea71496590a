import { describe, expect, it } from 'vitest';
import { jsonDepthExceeds } from '../../electron/http/server';

describe('the HTTP bridge’s nesting check', () => {
  it('counts arrays and objects, and allows exactly the limit', () => {
    expect(jsonDepthExceeds('[[[]]]', 3)).toBe(false);
    expect(jsonDepthExceeds('[[[[]]]]', 3)).toBe(true);
    expect(jsonDepthExceeds('{"a":{"b":[{}]}}', 4)).toBe(false);
    expect(jsonDepthExceeds('{"a":{"b":[{}]}}', 3)).toBe(true);
    expect(jsonDepthExceeds('[[],[],[],[]]', 2)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonDepthExceeds(JSON.stringify({ name: '[[[[{{{{' }), 1)).toBe(false);
    expect(jsonDepthExceeds(JSON.stringify({ name: 'say "[[[" \\ [[' }), 1)).toBe(false);
    expect(jsonDepthExceeds(JSON.stringify({ name: 'a\\', list: [[1]] }), 2)).toBe(true);
  });
});
