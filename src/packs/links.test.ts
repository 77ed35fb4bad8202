import { describe, expect, it } from 'vitest';
import { classifyLink, DialStringSchema, HttpsUrlSchema, isDialable, SafeLinkSchema, WhatsAppNumberSchema } from './links';

describe('classifyLink', () => {
  it.each([
    ['https://example.org', 'https'],
    ['https://example.org/path?q=1#part', 'https'],
    ['https://sub.example.com.pe/', 'https'],
    ['tel:+5491127716463', 'tel'],
    ['tel:*4141', 'tel'],
    ['tel:#31#', 'tel'],
    ['sms:+5491127716463', 'sms'],
    ['sms:12345?body=Hola', 'sms'],
    ['https://wa.me/5491127716463', 'whatsapp'],
  ] as const)('accepts %s as %s', (link, kind) => {
    expect(classifyLink(link)).toBe(kind);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    [' javascript:alert(1)'],
    ['data:text/html;base64,PHNjcmlwdD4='],
    ['data:image/png;base64,AAAA'],
    ['http://example.org'],
    ['intent://scan/#Intent;scheme=zxing;end'],
    ['file:///etc/passwd'],
    ['ftp://example.org/x'],
    ['vbscript:msgbox(1)'],
    ['//example.org/path'],
    ['https://user:secret@example.org/'],
    ['https://user@example.org/'],
    ['https://example.org:8443/'],
    ['https://localhost/'],
    ['https://192.168.1.1/'],
    ['https://wa.me/+5491127716463'],
    ['https://wa.me/12345'],
    ['https://wa.me/5491127716463/extra'],
    ['tel:+54 9 11'],
    ['tel:0800-999'],
    ['tel:'],
    ['sms:abc'],
    ['sms:12345?body=<script>'],
    ['sms:12345?subject=x'],
    [`https://example.org/${'a'.repeat(500)}`],
    [''],
  ])('rejects %s', (link) => {
    expect(classifyLink(link)).toBeUndefined();
  });
});

describe('link schemas', () => {
  it('SafeLinkSchema accepts the four kinds and refuses the rest with a clear message', () => {
    expect(SafeLinkSchema.safeParse('tel:112').success).toBe(true);
    const result = SafeLinkSchema.safeParse('javascript:alert(1)');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must be an https:, tel:, sms: or https://wa.me/ link');
  });

  it('HttpsUrlSchema accepts only web pages, not tel: or WhatsApp links', () => {
    expect(HttpsUrlSchema.safeParse('https://example.org/').success).toBe(true);
    expect(HttpsUrlSchema.safeParse('tel:112').success).toBe(false);
    expect(HttpsUrlSchema.safeParse('https://wa.me/5491127716463').success).toBe(false);
    expect(HttpsUrlSchema.safeParse(`https://example.org/${'a'.repeat(490)}`).error?.issues[0]?.message).toBe('must be at most 500 characters');
  });

  it('DialStringSchema takes digits, a leading + and * or # only', () => {
    for (const good of ['112', '+5491127716463', '*4141', '#31#']) expect(isDialable(good), good).toBe(true);
    for (const bad of ['1', '0800 999', '0800-999', '08\u202E00', '+54;ext=1', 'a12', '1'.repeat(21)]) {
      expect(DialStringSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('WhatsAppNumberSchema takes 6-15 digits without +', () => {
    expect(WhatsAppNumberSchema.safeParse('5491127716463').success).toBe(true);
    expect(WhatsAppNumberSchema.safeParse('+5491127716463').success).toBe(false);
    expect(WhatsAppNumberSchema.safeParse('12345').success).toBe(false);
    expect(WhatsAppNumberSchema.safeParse('1234567890123456').success).toBe(false);
  });
});
