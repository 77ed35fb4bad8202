import { useEffect, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../ui/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { initialCalculatorState, pressKey, type CalculatorKey } from './calculator';
import { isDisguiseCode } from './disguiseCode';
import { getSafetySettings } from './safetySettings';
import { markOpenedThroughDisguise } from './session';
import './neutral.css';

const rows: CalculatorKey[][] = [
  ['7', '8', '9', '÷'],
  ['4', '5', '6', '×'],
  ['1', '2', '3', '−'],
  ['0', '.', '=', '+'],
];

const keyNames = { '÷': 'divide', '×': 'multiply', '−': 'subtract', '+': 'add', '=': 'equals', '.': 'point', C: 'clear' } as const;

/**
 * The neutral screen: a plain calculator, shown after quick exit when offline, on Back into the app
 * after a quick exit, and as the disguise's start screen. With the disguise on, typing the code and
 * "=" opens the app; nothing on screen says so.
 */
export function NeutralScreen() {
  const { t } = useTranslation('safety');
  const [state, press] = useReducer(pressKey, initialCalculatorState);

  useEffect(() => {
    document.title = t('calc.title');
  }, [t]);

  function onKey(key: CalculatorKey) {
    const typed = state.typed;
    press(key);
    if (key !== '=') return;
    // "=" after a plain number changes nothing on screen, so the calculator answers at once and the
    // code is checked against its digest meanwhile; only a match opens the app.
    void isDisguiseCode(typed, state.operator !== null, getSafetySettings()).then((isMatch) => {
      if (!isMatch) return;
      markOpenedThroughDisguise();
      press('C');
      navigate('/', { replace: true });
    });
  }

  return (
    <main id="main" className="calculator-screen" tabIndex={-1}>
      <ScreenHeading>{t('calc.title')}</ScreenHeading>
      <output className="calculator-display" aria-live="polite" aria-label={t('calc.result')}>
        {state.hasError ? t('calc.error') : state.display}
      </output>
      <div className="calculator-keys" role="group" aria-label={t('calc.keys')}>
        <button type="button" className="calculator-key calculator-clear" onClick={() => onKey('C')} aria-label={t('calc.clear')}>
          {t('calc.clearSymbol')}
        </button>
        {rows.flat().map((key) => (
          <button
            key={key}
            type="button"
            className={`calculator-key${/\d/.test(key) ? '' : ' calculator-operator'}`}
            onClick={() => onKey(key)}
            aria-label={key in keyNames ? t(`calc.${keyNames[key as keyof typeof keyNames]}`) : undefined}
          >
            {key}
          </button>
        ))}
      </div>
    </main>
  );
}
