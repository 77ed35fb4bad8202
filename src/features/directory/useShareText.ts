import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryEntry } from '../../content/schema';
import { formatMonthYear } from './freshness';
import type { ShareLabels } from './shareText';
import { useLanguage } from '../../ui/useLanguage';

/**
 * Copy and share of plain text, as an entry's page and a Link step's hand-over both offer them,
 * with one status line saying what happened. Sharing falls back to copying where the browser has
 * no share sheet; closing the sheet is a choice, not a failure.
 */
export function useShareText() {
  const { t } = useTranslation('directory');
  const [status, setStatus] = useState('');

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('actions.copied'));
    } catch {
      setStatus(t('actions.copyFailed'));
    }
  };

  const share = async (title: string, text: string) => {
    if (typeof navigator.share !== 'function') {
      await copy(text);
      return;
    }
    try {
      await navigator.share({ title, text });
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) await copy(text);
    }
  };

  return { status, copy, share };
}

/** The words an entry's text is written with, in the screen's language; `forHandOver` adds notes and police. */
export function useShareLabels(): (entry: DirectoryEntry, forHandOver?: boolean) => ShareLabels {
  const { t } = useTranslation('directory');
  const language = useLanguage();
  return (entry, forHandOver = false) => ({
    hours: (hours) => t('share.hours', { hours }),
    lastChecked: t('freshness.lastChecked', { date: formatMonthYear(entry.source.checked, language) }),
    phoneStatus: entry.source.isPhoneConfirmed ? t('freshness.phoneConfirmed') : t('freshness.notPhoneConfirmed'),
    ...(forHandOver
      ? { notes: (notes: string) => t('handOver.goodToKnow', { notes }), police: t(`policeCard.${entry.policeInvolvement}`) }
      : {}),
  });
}
