import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../ui/useStore';
import { useVaultState } from '../../ui/useVaultState';
import { countingSettingsStore, setCountingOn } from './countingSwitch';

const countedItems = ['runs', 'danger', 'referrals', 'followUps', 'modules'] as const;
const neverItems = ['names', 'time', 'place'] as const;

/**
 * The switch, with what is and is not kept said in full right where she turns it on: she decides
 * knowing what she agrees to, not after reading another page.
 */
export function CountingSection() {
  const { t } = useTranslation('report');
  const { isOn } = useStore(countingSettingsStore);
  // Counts are kept only in the journal: with none set up, turning counting on would keep nothing.
  // Turning it off stays possible, so a switch left on (a journal deleted since) is never stuck.
  const needsJournal = useVaultState().status === 'absent';
  const [hasFailed, setHasFailed] = useState(false);

  const save = (next: boolean) => {
    try {
      setCountingOn(next);
      setHasFailed(false);
    } catch {
      setHasFailed(true);
    }
  };

  return (
    <section aria-labelledby="report-counting-heading" className="report-section">
      <h2 id="report-counting-heading">{t('counting.heading')}</h2>
      <h3>{t('counting.countedHeading')}</h3>
      <ul>
        {countedItems.map((item) => (
          <li key={item}>{t(`counting.counted.${item}`)}</li>
        ))}
      </ul>
      <h3>{t('counting.neverHeading')}</h3>
      <ul>
        {neverItems.map((item) => (
          <li key={item}>{t(`counting.never.${item}`)}</li>
        ))}
      </ul>
      {/* Not one more thing left out but the limit of all of them: a count can still point to someone. */}
      <p>{t('counting.never.person')}</p>
      <p id="report-counting-where">{t('counting.where')}</p>
      <p id="report-counting-locked">{t('counting.locked')}</p>
      {needsJournal && (
        <p id="report-counting-needs-journal" className="notice">
          {t('counting.needsJournal')}
        </p>
      )}
      <label className="choice">
        <input
          type="checkbox"
          checked={isOn}
          disabled={needsJournal && !isOn}
          aria-describedby={`${needsJournal ? 'report-counting-needs-journal ' : ''}report-counting-where report-counting-locked`}
          onChange={(event) => save(event.target.checked)}
        />
        <span>{t('counting.toggle')}</span>
      </label>
      <div role="status">
        <p>{isOn ? t('counting.on') : t('counting.off')}</p>
        {!isOn && <p className="hint">{t('counting.offKeeps')}</p>}
        {hasFailed && <p className="notice">{t('counting.storageFailed')}</p>}
      </div>
    </section>
  );
}
