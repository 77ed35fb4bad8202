import { describe, expect, it } from 'vitest';
import './zodSetup';
import { config } from 'zod/v4/core';

describe('zodSetup (no eval under our Content-Security-Policy)', () => {
  it("turns off zod's compiled parsers through the global zod reads, without importing zod", () => {
    expect(config().jitless).toBe(true);
  });
});
