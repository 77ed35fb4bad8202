import { htmlLangFor, isLanguage } from '../i18n/languages';
import { packTextNow } from './packText';

/*
 * Read-aloud for the whole app, through the phone's own speech engine (speechSynthesis): no text
 * leaves the phone. Pack text is spoken in the pack's language with a voice of that language.
 * When the phone has none, the caller is told so and can explain how to add one, instead of
 * Spanish being read with an English voice.
 */

/** speaking: started. no-voice: no voice for this language. unsupported: no speech engine. cancelled: stopped while waiting for voices. */
export type SpeechOutcome = 'speaking' | 'no-voice' | 'unsupported' | 'cancelled';

/** The language tag to speak a pack in: "es" packs are Latin-American Spanish, "fr" Canadian French. */
export function speechTagFor(locale: string): string {
  return isLanguage(locale) ? htmlLangFor(locale) : locale;
}

/** Lower case with hyphens: "es_MX" and "es-mx" are the same tag. */
function normalTag(tag: string): string {
  return tag.toLowerCase().replaceAll('_', '-');
}

function primarySubtag(tag: string): string {
  return normalTag(tag).split('-')[0] ?? '';
}

/**
 * The best installed voice for a language: the exact regional voice (fr-CA) first, then a voice
 * of the same language that runs on the phone (works offline), then any voice of the language.
 */
export function chooseVoice(voices: readonly SpeechSynthesisVoice[], languageTag: string): SpeechSynthesisVoice | undefined {
  const wanted = normalTag(languageTag);
  const sameLanguage = voices.filter((voice) => primarySubtag(voice.lang) === primarySubtag(wanted));
  return (
    sameLanguage.find((voice) => normalTag(voice.lang) === wanted) ?? sameLanguage.find((voice) => voice.localService) ?? sameLanguage[0]
  );
}

function engine(): SpeechSynthesis | undefined {
  if (typeof window === 'undefined' || !('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') return undefined;
  return window.speechSynthesis;
}

export function isSpeechSupported(): boolean {
  return engine() !== undefined;
}

/** Some browsers list their voices a moment after the page loads: wait for them, at most a second. */
function voicesOf(speech: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const listed = speech.getVoices();
  if (listed.length > 0) return Promise.resolve(listed);
  return new Promise((resolve) => {
    const finish = () => {
      speech.removeEventListener('voiceschanged', finish);
      window.clearTimeout(timer);
      resolve(speech.getVoices());
    };
    const timer = window.setTimeout(finish, 1_000);
    speech.addEventListener('voiceschanged', finish);
  });
}

/** Bumped by every speak and stop, so a request still waiting for voices knows it was overtaken. */
let requestCount = 0;

/**
 * Speaks a text in a pack's language, replacing whatever was being spoken. `onEnd` runs once
 * when this text stops: finished, interrupted by another text, or stopped.
 */
export async function speak(packText: string, locale: string, options: { onEnd?: () => void } = {}): Promise<SpeechOutcome> {
  // Said as it is shown: each [[feminine|masculine|neutral]] alternate in the person's chosen form.
  const text = packTextNow(packText);
  const speech = engine();
  if (!speech) return 'unsupported';
  const request = ++requestCount;
  const languageTag = speechTagFor(locale);
  const voice = chooseVoice(await voicesOf(speech), languageTag);
  if (request !== requestCount) return 'cancelled';
  if (!voice) return 'no-voice';
  speech.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = languageTag;
  utterance.voice = voice;
  // A little slower than the default: these words are heard by someone upset, often outdoors.
  utterance.rate = 0.9;
  if (options.onEnd) {
    let hasEnded = false;
    const end = options.onEnd;
    const finish = () => {
      if (hasEnded) return;
      hasEnded = true;
      end();
    };
    utterance.onend = finish;
    utterance.onerror = finish;
  }
  speech.speak(utterance);
  return 'speaking';
}

/** Stops any speech now, including a request still waiting for the voices. */
export function stopSpeaking(): void {
  requestCount++;
  engine()?.cancel();
}
