import { vi } from 'vitest';

/** What the fake engine was asked to speak: the utterance as the app built it. */
export type FakeUtterance = { text: string; lang: string; onend: (() => void) | null };

/**
 * Puts a speech engine with voices for `voiceLanguages` where the browser's would be, and keeps
 * every utterance it is given. Undo with vi.unstubAllGlobals().
 */
export function installFakeSpeechEngine(voiceLanguages: string[]) {
  const spoken: FakeUtterance[] = [];
  const engine = {
    getVoices: () => voiceLanguages.map((lang) => ({ lang, name: lang, localService: true, default: false, voiceURI: lang })),
    cancel: vi.fn(),
    speak: vi.fn((utterance: FakeUtterance) => spoken.push(utterance)),
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      lang = '';
      voice = null;
      rate = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(readonly text: string) {}
    },
  );
  vi.stubGlobal('speechSynthesis', engine);
  return { engine, spoken };
}
