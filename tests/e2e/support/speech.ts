import type { Page } from '@playwright/test';

export type Spoken = { text: string; lang: string; voice: string };

/**
 * Replaces the browser's speech engine before the app loads: it has voices only for the given
 * languages and records every utterance it is asked to speak, so a test can check what was
 * said and in which language. Headless Chromium has no voices of its own.
 */
export async function stubSpeech(page: Page, voiceLanguages: readonly string[]): Promise<void> {
  await page.addInitScript((languages) => {
    const spoken: { text: string; lang: string; voice: string }[] = [];
    Object.assign(window, { spokenForTest: spoken });
    class RecordedUtterance {
      lang = '';
      voice: { lang: string } | null = null;
      rate = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(readonly text: string) {}
    }
    const voices = languages.map((lang, index) => ({
      lang,
      name: `Voice ${lang}`,
      localService: true,
      default: index === 0,
      voiceURI: `voice-${lang}`,
    }));
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: RecordedUtterance, configurable: true });
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => voices,
        cancel: () => undefined,
        speak: (utterance: RecordedUtterance) =>
          spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.lang ?? '' }),
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      },
    });
  }, voiceLanguages);
}

/** Everything the stubbed engine was asked to speak, oldest first. */
export async function spokenSoFar(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => (window as unknown as { spokenForTest?: Spoken[] }).spokenForTest ?? []);
}
