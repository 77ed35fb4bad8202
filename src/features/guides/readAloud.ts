/*
 * Read-aloud with the phone's own speech engine (speechSynthesis): nothing leaves the phone. When
 * the phone has no voice for the language we say so rather than read with the wrong accent.
 */
export type SpeechOutcome = 'speaking' | 'no-voice' | 'unsupported';

function speechEngine(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

function baseLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

export function chooseVoice(voices: readonly SpeechSynthesisVoice[], languageTag: string): SpeechSynthesisVoice | undefined {
  const matching = voices.filter((voice) => baseLanguage(voice.lang) === baseLanguage(languageTag));
  const exact = matching.find((voice) => voice.lang.toLowerCase().replace('_', '-') === languageTag.toLowerCase());
  return exact ?? matching[0];
}

/** Some browsers list their voices only after a moment; wait for them at most one second. */
function voicesSoon(engine: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const voices = engine.getVoices();
  if (voices.length > 0) return Promise.resolve(voices);
  return new Promise((resolve) => {
    const finish = () => {
      engine.removeEventListener('voiceschanged', finish);
      window.clearTimeout(timer);
      resolve(engine.getVoices());
    };
    const timer = window.setTimeout(finish, 1_000);
    engine.addEventListener('voiceschanged', finish);
  });
}

export async function speak(text: string, languageTag: string, onEnd: () => void): Promise<SpeechOutcome> {
  const engine = speechEngine();
  if (!engine || typeof SpeechSynthesisUtterance === 'undefined') return 'unsupported';
  const voice = chooseVoice(await voicesSoon(engine), languageTag);
  if (!voice) return 'no-voice';
  engine.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = languageTag;
  utterance.voice = voice;
  utterance.rate = 0.9;
  utterance.onend = onEnd;
  utterance.onerror = onEnd;
  engine.speak(utterance);
  return 'speaking';
}

export function stopSpeaking(): void {
  speechEngine()?.cancel();
}
