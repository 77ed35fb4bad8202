/*
 * Read-aloud through the browser's own speech (speechSynthesis): nothing is sent anywhere. A phone
 * may have no voice for a language; then we say so instead of reading Spanish with an English voice.
 */
export type ReadAloudOutcome = 'speaking' | 'no-voice' | 'unsupported';

function synthesis(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

/** The language part of a tag, lower-cased: "es-419" and "es_MX" both give "es". */
function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The best installed voice for a language: same region first (fr-CA), then any of that language. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], languageTag: string): SpeechSynthesisVoice | undefined {
  const wanted = languageTag.toLowerCase().replace('_', '-');
  const sameLanguage = voices.filter((voice) => primaryLanguage(voice.lang) === primaryLanguage(wanted));
  return sameLanguage.find((voice) => voice.lang.toLowerCase().replace('_', '-') === wanted) ?? sameLanguage.find((voice) => voice.localService) ?? sameLanguage[0];
}

/** Voices can arrive a moment after the page loads; wait briefly for them once. */
function loadVoices(speech: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = speech.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      speech.removeEventListener('voiceschanged', done);
      window.clearTimeout(timer);
      resolve(speech.getVoices());
    };
    const timer = window.setTimeout(done, 1_000);
    speech.addEventListener('voiceschanged', done);
  });
}

export async function readAloud(text: string, languageTag: string): Promise<ReadAloudOutcome> {
  const speech = synthesis();
  if (!speech || typeof SpeechSynthesisUtterance === 'undefined') return 'unsupported';
  const voice = pickVoice(await loadVoices(speech), languageTag);
  if (!voice) return 'no-voice';
  speech.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = languageTag;
  utterance.voice = voice;
  utterance.rate = 0.9;
  speech.speak(utterance);
  return 'speaking';
}

export function stopReading(): void {
  synthesis()?.cancel();
}
