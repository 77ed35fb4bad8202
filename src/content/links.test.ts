import { describe, expect, it } from 'vitest';
import {
  classifyLink,
  DialStringSchema,
  displayMatchesDial,
  HttpsUrlSchema,
  isDialable,
  isKeypadCode,
  PhoneNumberSchema,
  SafeLinkSchema,
  WhatsAppNumberSchema,
} from './links';

describe('classifyLink', () => {
  it.each([
    ['https://example.org', 'https'],
    ['https://example.org/path?q=1#part', 'https'],
    ['https://sub.example.com.pe/', 'https'],
    ['tel:+5491127716463', 'tel'],
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
    // MMI and USSD strings (3GPP TS 22.030) and pauses: a dialler acts on them instead of calling.
    ['tel:**21*5551234#'],
    ['tel:*21*5551234#'],
    ['tel:##002#'],
    ['tel:*#06#'],
    ['tel:#31#5551234'],
    ['tel:*4141'],
    ['tel:08001234,5'],
    ['tel:08001234;5'],
    ['tel:0800%2C1'],
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
    expect(HttpsUrlSchema.safeParse(`https://example.org/${'a'.repeat(490)}`).error?.issues[0]?.message).toBe(
      'must be at most 500 characters',
    );
  });

  it('a tel: number is digits and a leading + only; a directory dial may also be a star short code, never an MMI string', () => {
    for (const good of ['112', '+5491127716463']) {
      expect(isDialable(good), good).toBe(true);
      expect(PhoneNumberSchema.safeParse(good).success, good).toBe(true);
    }
    for (const code of ['*4141', '*0767', '*212']) {
      expect(isDialable(code), code).toBe(false);
      expect(isKeypadCode(code), code).toBe(true);
      expect(DialStringSchema.safeParse(code).success, code).toBe(true);
      expect(PhoneNumberSchema.safeParse(code).success, code).toBe(false);
    }
    const codes = [
      '**21*5551234#',
      '*21*5551234#',
      '**61*5551234**20#',
      '#31#',
      '*#06#',
      '*#21#',
      '##002#',
      '*100#',
      '*4141#',
      '**4141',
      '*41*41',
      '0800,1234',
      '0800;1234',
      'p1234',
    ];
    for (const bad of [...codes, '1', '0800 999', '0800-999', '08‮00', '+54;ext=1', 'a12', '1'.repeat(21), '*1', '*1234567']) {
      expect(DialStringSchema.safeParse(bad).success, bad).toBe(false);
      expect(isDialable(bad), bad).toBe(false);
    }
  });

  it('WhatsAppNumberSchema takes 6-15 digits without +', () => {
    expect(WhatsAppNumberSchema.safeParse('5491127716463').success).toBe(true);
    expect(WhatsAppNumberSchema.safeParse('+5491127716463').success).toBe(false);
    expect(WhatsAppNumberSchema.safeParse('12345').success).toBe(false);
    expect(WhatsAppNumberSchema.safeParse('1234567890123456').success).toBe(false);
  });
});

describe('one number per phone entry: what is shown is what is dialled', () => {
  it.each([
    ['911', '911'],
    ['9-1-1', '911'],
    ['0800-999-0091', '08009990091'],
    ['(011) 5275-1135', '01152751135'],
    ['01 8000 112137', '018000112137'],
    ['+54 9 11 2771-6463', '+5491127716463'],
    ['811 (option 2)', '811'],
    ['113 (opción 5)', '113'],
    ['250-388-5325 ext. 110', '2503885325'],
    ['1-800-784-2433 (1-800-SUICIDE)', '18007842433'],
    ['1-866-APPELLE (1-866-277-3553)', '18662773553'],
    ['*4141', '*4141'],
  ])('accepts %s dialling %s', (display, dial) => {
    expect(displayMatchesDial(display, dial)).toBe(true);
  });

  it.each([
    ['0800-999-0091', '08005551234', 'another number'],
    ['911', '9119', 'an extra digit'],
    ['105', '+51105', 'a + the display does not show'],
    ['+51 105', '105', 'a + that is not dialled'],
    ['Línea 100', '100', 'words before the number'],
    ['*4141', '4141', 'a star the dial drops'],
    ['4141', '*4141', 'a star the display hides'],
    ['(option 2) 811', '811', 'the number after a note'],
    ['1-800-SUICIDE', '18005551234', 'keypad letters that spell another number'],
  ])('refuses %s dialling %s (%s)', (display, dial) => {
    expect(displayMatchesDial(display, dial)).toBe(false);
  });
});
