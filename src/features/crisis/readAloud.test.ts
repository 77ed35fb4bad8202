import { afterEach, describe, expect, it, vi } from 'vitest';
import { pickVoice, readAloud } from './readAloud';

const voice = (lang: string, localService = true) => ({ lang, localService, name: lang, voiceURI: lang, default: false }) as SpeechSynthesisVoice;

describe('choosing a voice', () => {
  it('prefers the exact regional voice, then any voice of the language', () => {
    const voices = [voice('fr-FR'), voice('fr-CA'), voice('en-US')];
    expect(pickVoice(voices, 'fr-CA')?.lang).toBe('fr-CA');
    expect(pickVoice(voices, 'en')?.lang).toBe('en-US');
    expect(pickVoice([voice('es_MX')], 'es-419')?.lang).toBe('es_MX');
  });

  it('finds none when the phone has no voice for the language', () => {
    expect(pickVoice([voice('en-US'), voice('fr-FR')], 'es-419')).toBeUndefined();
  });
});

describe('reading aloud', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('speaks with the language tag and a matching voice', async () => {
    const spoken: { text: string; lang: string; voice: SpeechSynthesisVoice | null }[] = [];
    vi.stubGlobal('SpeechSynthesisUtterance', class {
      lang = '';
      voice: SpeechSynthesisVoice | null = null;
      rate = 1;
      constructor(readonly text: string) {}
    });
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => [voice('en-GB'), voice('es-US')],
      cancel: () => undefined,
      speak: (utterance: { text: string; lang: string; voice: SpeechSynthesisVoice | null }) => spoken.push(utterance),
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    });
    await expect(readAloud('Hola', 'es-419')).resolves.toBe('speaking');
    expect(spoken).toHaveLength(1);
    expect(spoken[0]?.lang).toBe('es-419');
    expect(spoken[0]?.voice?.lang).toBe('es-US');
  });

  it('says when there is no voice, and does not speak', async () => {
    const speak = vi.fn();
    vi.stubGlobal('SpeechSynthesisUtterance', class { text = ''; });
    vi.stubGlobal('speechSynthesis', { getVoices: () => [voice('en-GB')], cancel: () => undefined, speak, addEventListener: () => undefined, removeEventListener: () => undefined });
    await expect(readAloud('Bonjour', 'fr-CA')).resolves.toBe('no-voice');
    expect(speak).not.toHaveBeenCalled();
  });
});
