import { describe, expect, it } from 'vitest';
import { formatJsonPath, parseJsonSafely } from './safeJson';

describe('parseJsonSafely', () => {
  it('parses ordinary JSON, including strings full of brackets, quotes and escapes', () => {
    const text = '{"a":[1,{"b":"x,[{\\"}]"}],"c":"\\u005f","d":null,"e":{"f":[]}}';
    expect(parseJsonSafely(text)).toEqual({ ok: true, value: JSON.parse(text) as unknown });
  });

  it('allows the same key in different objects', () => {
    expect(parseJsonSafely('[{"id":"a"},{"id":"b"}]').ok).toBe(true);
    expect(parseJsonSafely('{"a":{"id":1},"id":2}').ok).toBe(true);
  });

  it.each([
    ['{"__proto__":{"x":1}}', '__proto__: the key "__proto__" is not allowed'],
    ['{"a":[{"constructor":{}}]}', 'a[0].constructor: the key "constructor" is not allowed'],
    ['{"prototype":1}', 'prototype: the key "prototype" is not allowed'],
    ['{"\\u005f_proto__":1}', '__proto__: the key "__proto__" is not allowed'],
    ['{"a":{"b":{"__proto__":null}}}', 'a.b.__proto__: the key "__proto__" is not allowed'],
  ])('refuses prototype keys: %s', (text, message) => {
    expect(parseJsonSafely(text)).toEqual({ ok: false, kind: 'prototype-key', message });
  });

  it('allows those words as values', () => {
    expect(parseJsonSafely('{"a":"__proto__","b":["constructor"]}').ok).toBe(true);
  });

  it('refuses a key twice in one object, naming it', () => {
    expect(parseJsonSafely('{"steps":[{"id":"a","text":"x","text":"y"}]}')).toEqual({
      ok: false,
      kind: 'duplicate-key',
      message: 'steps[0].text: the key appears twice in the same object',
    });
    expect(parseJsonSafely('{"a":1,"\\u0061":2}').ok).toBe(false);
  });

  it('refuses nesting deeper than the limit, without overflowing the stack', () => {
    expect(parseJsonSafely('[[[1]]]', 3).ok).toBe(true);
    expect(parseJsonSafely('[[[[1]]]]', 3)).toMatchObject({ ok: false, kind: 'too-deep' });
    const hostile = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    expect(parseJsonSafely(hostile)).toMatchObject({
      ok: false,
      kind: 'too-deep',
      message: '[0][0][0][0]...: nested more than 32 levels deep',
    });
    expect(parseJsonSafely(`{"a":${'{"b":'.repeat(40)}1${'}'.repeat(40)}}`)).toMatchObject({ ok: false, kind: 'too-deep' });
  });

  it('calls cut-off JSON cut off, and other bad JSON not JSON', () => {
    for (const cut of ['{"a":[1,2', '{"a":"unterminated', '{"ke']) {
      const result = parseJsonSafely(cut);
      expect(result).toMatchObject({ ok: false, kind: 'not-json' });
      if (!result.ok) expect(result.message).toContain('cut off');
    }
    for (const bad of ['', 'undefined', "{'a':1}", '{"a":1,}', '<html>', '{"a":1}}', 'NaN']) {
      expect(parseJsonSafely(bad), bad).toMatchObject({ ok: false, kind: 'not-json' });
    }
  });

  it('keeps engine messages short', () => {
    const result = parseJsonSafely(`x${'y'.repeat(10_000)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeLessThan(150);
  });
});

describe('formatJsonPath', () => {
  it('writes paths as code would', () => {
    expect(formatJsonPath(['steps', 3, 'next'])).toBe('steps[3].next');
    expect(formatJsonPath([])).toBe('(top level)');
    expect(formatJsonPath(['a b', 0])).toBe('["a b"][0]');
  });
});
