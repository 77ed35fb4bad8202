import { describe, expect, it } from 'vitest';
import { formatDate, formatKilobytes, formatNumber } from './format';

describe('formatting through Intl', () => {
  const date = new Date(Date.UTC(2026, 10, 21, 12));

  it('writes dates in each language', () => {
    expect(formatDate(date, 'es', { month: 'long', timeZone: 'UTC' })).toBe('noviembre');
    expect(formatDate(date, 'fr', { month: 'long', timeZone: 'UTC' })).toBe('novembre');
    expect(formatDate(date, 'en', { month: 'long', timeZone: 'UTC' })).toBe('November');
  });

  it('uses each language’s decimal separator', () => {
    expect(formatNumber(1.5, 'en')).toBe('1.5');
    expect(formatNumber(1.5, 'fr')).toBe('1,5');
  });

  it('shows sizes in kilobytes', () => {
    expect(formatKilobytes(48 * 1024, 'en')).toBe('48 kB');
    expect(formatKilobytes(1536, 'en')).toBe('1.5 kB');
  });
});
