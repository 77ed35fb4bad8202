import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseVoice, isSpeechSupported, speak, speechTagFor, stopSpeaking } from './speech';

const voice = (lang: string, localService = true) =>
  ({ lang, localService, name: lang, voiceURI: lang, default: false }) as SpeechSynthesisVoice;

type FakeUtterance = {
  text: string;
  lang: string;
  voice: SpeechSynthesisVoice | null;
  rate: number;
  onend: (() => void) | null;
  onerror: (() => void) | null;
};

/** A speech engine that records what it is asked to say. */
function installEngine(voices: SpeechSynthesisVoice[] | (() => SpeechSynthesisVoice[])) {
  const spoken: FakeUtterance[] = [];
  const listeners = new Map<string, () => void>();
  const engine = {
    getVoices: typeof voices === 'function' ? voices : () => voices,
    cancel: vi.fn(),
    speak: vi.fn((utterance: FakeUtterance) => spoken.push(utterance)),
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      lang = '';
      voice: SpeechSynthesisVoice | null = null;
      rate = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(readonly text: string) {}
    },
  );
  vi.stubGlobal('speechSynthesis', engine);
  return { engine, spoken, listeners };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the language a pack is spoken in', () => {
  it('is the regional variety the app writes in', () => {
    expect(speechTagFor('es')).toBe('es-419');
    expect(speechTagFor('fr')).toBe('fr-CA');
    expect(speechTagFor('en')).toBe('en');
  });

  it('keeps any other tag as it is', () => {
    expect(speechTagFor('pt-BR')).toBe('pt-BR');
  });
});

describe('choosing a voice', () => {
  it('prefers the exact regional voice', () => {
    expect(chooseVoice([voice('fr-FR'), voice('fr-CA'), voice('en-US')], 'fr-CA')?.lang).toBe('fr-CA');
  });

  it('then a voice of the same language on the phone, then any of that language', () => {
    expect(chooseVoice([voice('es-ES', false), voice('es-US')], 'es-419')?.lang).toBe('es-US');
    expect(chooseVoice([voice('es-ES', false)], 'es-419')?.lang).toBe('es-ES');
  });

  it('reads tags written with underscores or in any case', () => {
    expect(chooseVoice([voice('es_MX')], 'es-419')?.lang).toBe('es_MX');
    expect(chooseVoice([voice('en-us'), voice('EN_GB')], 'en-GB')?.lang).toBe('EN_GB');
  });

  it('finds none when the phone has no voice for the language', () => {
    expect(chooseVoice([voice('en-US'), voice('fr-FR')], 'es-419')).toBeUndefined();
    expect(chooseVoice([], 'en')).toBeUndefined();
  });
});

describe('speaking', () => {
  it('says when the browser has no speech engine', async () => {
    vi.stubGlobal('speechSynthesis', undefined);
    Reflect.deleteProperty(window, 'speechSynthesis');
    expect(isSpeechSupported()).toBe(false);
    await expect(speak('Hola', 'es')).resolves.toBe('unsupported');
  });

  it('speaks with the pack language tag and a voice of that language', async () => {
    const { spoken, engine } = installEngine([voice('en-GB'), voice('es-US')]);
    await expect(speak('Hola', 'es')).resolves.toBe('speaking');
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toMatchObject({ text: 'Hola', lang: 'es-419' });
    expect(spoken[0]?.voice?.lang).toBe('es-US');
    // Whatever was being read before is stopped first.
    expect(engine.cancel).toHaveBeenCalledBefore(engine.speak);
  });

  it('does not speak when there is no voice for the language', async () => {
    const { engine } = installEngine([voice('en-GB')]);
    await expect(speak('Bonjour', 'fr')).resolves.toBe('no-voice');
    expect(engine.speak).not.toHaveBeenCalled();
  });

  it('waits for voices that arrive late, at most a second', async () => {
    vi.useFakeTimers();
    let voices: SpeechSynthesisVoice[] = [];
    const { listeners, spoken } = installEngine(() => voices);
    const speaking = speak('Hello', 'en');
    voices = [voice('en-CA')];
    listeners.get('voiceschanged')?.();
    await expect(speaking).resolves.toBe('speaking');
    expect(spoken[0]?.voice?.lang).toBe('en-CA');

    const noVoices = speak('Hello', 'fr');
    voices = [];
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(noVoices).resolves.toBe('no-voice');
  });

  it('never starts a text that was stopped while it waited for voices', async () => {
    vi.useFakeTimers();
    let voices: SpeechSynthesisVoice[] = [];
    const { listeners, engine } = installEngine(() => voices);
    const speaking = speak('Hello', 'en');
    stopSpeaking();
    voices = [voice('en')];
    listeners.get('voiceschanged')?.();
    await expect(speaking).resolves.toBe('cancelled');
    expect(engine.speak).not.toHaveBeenCalled();
  });

  it('tells once when the text stops, whether it ended or failed', async () => {
    const { spoken } = installEngine([voice('en')]);
    const onEnd = vi.fn();
    await speak('Hello', 'en', { onEnd });
    spoken[0]?.onerror?.();
    spoken[0]?.onend?.();
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('stops the engine on request', () => {
    const { engine } = installEngine([voice('en')]);
    stopSpeaking();
    expect(engine.cancel).toHaveBeenCalledTimes(1);
  });
});
