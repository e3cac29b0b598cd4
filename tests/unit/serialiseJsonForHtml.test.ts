import { describe, expect, it } from 'vitest';
import { serialiseJsonForHtml } from '../../src/lib/serialiseJsonForHtml.ts';

describe('serialiseJsonForHtml', () => {
  it('cannot close the script element it is written into, and parses back unchanged', () => {
    const value = { name: '</script><script>alert(1)</script>', note: 'a & b <!-- c -->', sep: '\u2028\u2029' };
    const text = serialiseJsonForHtml(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
