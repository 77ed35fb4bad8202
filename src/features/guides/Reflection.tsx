import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { useUnsavedDraft } from '../../ui/unsavedDraft';
import { useLanguage } from '../../ui/useLanguage';
import { loadReflection, maxReflectionLength, saveReflection } from './progressStore';

/** The module's reflection prompt; the answer goes only into the vault (the caller checks it is open). */
export function Reflection({ slug, prompt }: { slug: string; prompt: string }) {
  const { t } = useTranslation('guides');
  const language = useLanguage();
  const fieldId = useId();
  const hintId = useId();
  const errorId = useId();
  const [text, setText] = useState('');
  // What is stored, to tell whether the field holds words not saved yet.
  const [savedText, setSavedText] = useState('');
  useUnsavedDraft(text !== savedText);
  const [savedAt, setSavedAt] = useState<string>();
  const [problem, setProblem] = useState<'failed' | 'tooLong'>();
  const [isSaving, setIsSaving] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    loadReflection(slug)
      .then((stored) => {
        if (!isCurrent || !stored) return;
        setText(stored.text);
        setSavedText(stored.text);
        setSavedAt(stored.savedAt);
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [slug]);

  const save = async () => {
    if (text.length > maxReflectionLength) {
      setProblem('tooLong');
      return;
    }
    setIsSaving(true);
    try {
      const saved = await saveReflection(slug, text);
      setSavedText(text);
      setSavedAt(saved.savedAt);
      setProblem(undefined);
    } catch {
      setProblem('failed');
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <section className="guide-reflection" aria-labelledby={`${fieldId}-heading`}>
      <h2 id={`${fieldId}-heading`}>{t('reflection.title')}</h2>
      <p>{prompt}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label htmlFor={fieldId} className="field-label">
          {t('reflection.label')}
        </label>
        <p id={hintId} className="hint">
          {t('reflection.hint')}
        </p>
        <textarea
          id={fieldId}
          className="text-input guide-reflection-text"
          rows={5}
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="off"
          spellCheck={false}
          value={text}
          aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
          aria-invalid={problem === 'tooLong' ? true : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setSavedAt(undefined);
          }}
        />
        {problem && (
          <p id={errorId} className="field-error" role="alert">
            {problem === 'tooLong' ? t('reflection.tooLong', { max: maxReflectionLength }) : t('reflection.failed')}
          </p>
        )}
        <button type="submit" className="button" disabled={isSaving}>
          {t('reflection.save')}
        </button>
        {savedAt && (
          <p role="status" className="guide-saved">
            {t('reflection.saved', { time: formatDate(new Date(savedAt), language, { dateStyle: 'medium', timeStyle: 'short' }) })}
          </p>
        )}
      </form>
    </section>
  );
}
