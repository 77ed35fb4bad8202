import { describe, expect, it } from 'vitest';
import { dialStringFrom } from '../../content/links';
import { checkContact } from './savedStore';

describe('checkContact', () => {
  it('accepts a name and a phone written with spaces, dashes and brackets', () => {
    const checked = checkContact({ name: '  Ana  ', role: 'friend', phone: '+51 (1) 987-654.321' });
    expect('contact' in checked && checked.contact).toMatchObject({ name: 'Ana', role: 'friend', phone: '+511987654321' });
  });

  it('names each problem and saves nothing', () => {
    expect(checkContact({ name: ' ', role: 'lawyer', phone: 'call me' })).toEqual({ problems: { name: 'missing', phone: 'invalid' } });
    expect(checkContact({ name: 'x'.repeat(81), role: 'other', phone: '911' })).toEqual({ problems: { name: 'too-long' } });
    expect(checkContact({ name: 'Ana', role: 'other', phone: 'javascript:alert(1)' })).toEqual({ problems: { phone: 'invalid' } });
    expect(checkContact({ name: 'Ana', role: 'other', phone: '1'.repeat(21) })).toEqual({ problems: { phone: 'invalid' } });
  });

  it('keeps * and # for short codes', () => {
    expect(dialStringFrom('*4141')).toBe('*4141');
  });
});
