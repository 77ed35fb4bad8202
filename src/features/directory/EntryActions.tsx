import { useTranslation } from 'react-i18next';
import type { DirectoryEntry } from '../../content/schema';
import { actionLinksFor, keypadCodesFor } from './actionLinks';
import { useSendsText } from './DangerCalls';
import { entryAsText } from './shareText';
import { useLanguage } from '../../ui/useLanguage';
import { useShareLabels, useShareText } from './useShareText';

/**
 * One-tap ways to reach an entry: call, text, WhatsApp, website, and copy or share as plain text.
 * `compact` keeps only the calls and WhatsApp (lists); the details show everything.
 */
export function EntryActions({ entry, compact = false }: { entry: DirectoryEntry; compact?: boolean }) {
  const { t } = useTranslation('directory');
  const language = useLanguage();
  const { status, copy, share } = useShareText();
  const labelsFor = useShareLabels();
  const sendsText = useSendsText();
  const links = actionLinksFor(entry, language).filter((link) => !compact || link.kind === 'tel' || link.kind === 'whatsapp');
  const keypadCodes = keypadCodesFor(entry, language);
  const text = () => entryAsText(entry, language, labelsFor(entry));

  return (
    <div className="directory-actions" role="group" aria-label={t('actions.actionsFor', { name: entry.name })}>
      {links.length === 0 && keypadCodes.length === 0 && <p className="hint">{t('actions.noWayToReach')}</p>}
      {keypadCodes.map((keypad) => (
        <p key={keypad.code} className="directory-keypad">
          {t('actions.keypad', { code: keypad.code })}
          {keypad.label && (
            <>
              {' '}
              <span className="directory-action-label">{keypad.label}</span>
            </>
          )}
        </p>
      ))}
      {links.map((link) => (
        <a
          key={link.href}
          href={link.href}
          className={link.kind === 'tel' ? 'button' : 'button button-secondary'}
          {...(link.kind === 'https' || link.kind === 'whatsapp' ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
        >
          {link.kind === 'tel' && t('actions.call', { number: link.shown })}
          {link.kind === 'sms' && t('actions.text', { number: link.shown })}
          {link.kind === 'whatsapp' && t('actions.whatsapp', { number: link.shown })}
          {link.kind === 'https' && t('actions.website')}
          {[sendsText(link.sends), link.label].map(
            (line) =>
              line && (
                <span key={line} className="directory-action-label">
                  {line}
                </span>
              ),
          )}
        </a>
      ))}
      {!compact && (
        <>
          <button type="button" className="button button-secondary" onClick={() => void copy(text())}>
            {t('actions.copy')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => void share(entry.name, text())}>
            {t('actions.share')}
          </button>
        </>
      )}
      {!compact && (
        <p role="status" className="hint directory-status">
          {status}
        </p>
      )}
    </div>
  );
}
