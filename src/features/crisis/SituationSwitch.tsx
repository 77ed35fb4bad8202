import { useTranslation } from 'react-i18next';
import type { PfaScriptPack } from '../../content/schema';
import { crisisTypes } from '../../content/vocabulary';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useStartAtTop } from './useStartAtTop';

/**
 * "Change situation" during a run: the other situations, each going on from its start with the
 * steps done so far and the crisis clock kept (engine/scriptEngine.ts, switchScript).
 */
export function SituationSwitch({
  scripts,
  onChoose,
  onCancel,
}: {
  scripts: readonly PfaScriptPack[];
  onChoose: (script: PfaScriptPack) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('crisis');
  useStartAtTop();
  const ordered = [...scripts].sort((a, b) => crisisTypes.indexOf(a.crisisType) - crisisTypes.indexOf(b.crisisType));
  return (
    <div className="screen crisis-picker crisis-switch">
      <ScreenHeading>{t('switch.title')}</ScreenHeading>
      <p className="hint">{t('switch.intro')}</p>
      <ul className="crisis-option-list">
        {ordered.map((script) => (
          <li key={script.id}>
            <button type="button" className="card-button crisis-script" onClick={() => onChoose(script)}>
              <span className="card-button-title">{script.title}</span>
              <span className="card-button-summary">{script.summary}</span>
            </button>
          </li>
        ))}
      </ul>
      <p>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('switch.back')}
        </button>
      </p>
    </div>
  );
}
