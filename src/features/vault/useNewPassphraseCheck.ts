import { useTranslation } from 'react-i18next';
import { isPassphraseLongEnough, minimumPassphraseLength } from '../../vault';

export type NewPassphraseErrors = { passphrase?: string; confirmation?: string };

/**
 * The check every form that sets a passphrase makes before it starts (the vault's set-up, a
 * passphrase change, a backup file's): long enough, and typed the same twice. The function it
 * returns gives the message for the field that is wrong, or undefined when both are right.
 */
export function useNewPassphraseCheck(): (passphrase: string, confirmation: string) => NewPassphraseErrors | undefined {
  const { t } = useTranslation('vault');
  return (passphrase, confirmation) => {
    if (!isPassphraseLongEnough(passphrase)) return { passphrase: t('errors.tooShort', { count: minimumPassphraseLength }) };
    if (passphrase !== confirmation) return { confirmation: t('setup.mismatch') };
    return undefined;
  };
}
