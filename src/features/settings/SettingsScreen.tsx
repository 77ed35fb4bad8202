import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../../i18n/i18n';
import { languageEndonyms, supportedLanguages, type Language } from '../../i18n/languages';
import { requestPersistentStorage } from '../../prefs/storagePersistence';
import { addressForms } from '../../content/genderText';
import { themeChoices, updatePreferences } from '../../prefs/preferences';
import { usePreferences } from '../../ui/usePreferences';
import { Link } from '../../ui/router';
import { promptInstall, useCanInstall } from '../../ui/installPrompt';
import { addressFormOf } from '../../ui/packText';
import { RadioChoices } from '../../ui/RadioChoices';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { SafetySettingsSection } from '../safety';
import { ReminderSettings } from '../aftercare';
import { FeedbackSettingsSection } from '../feedback';
import { ReportEntry } from '../report';

declare const __BUILD_ID__: string;

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  // The stored choice, not i18next's resolved language, so the radio follows the tap at once
  // while the new language's strings load.
  const preferences = usePreferences();
  const { language: currentLanguage, theme, storagePersistence } = preferences;
  const addressForm = addressFormOf(preferences);
  const canInstall = useCanInstall();

  async function install() {
    // Chromium protects an installed app's storage: ask again, so the line above says so at once.
    if ((await promptInstall()) === 'accepted') await requestPersistentStorage();
  }

  function chooseLanguage(language: Language) {
    updatePreferences({ language });
    void changeLanguage(language);
  }

  return (
    <div className="screen">
      <ScreenHeading>{t('title')}</ScreenHeading>

      <RadioChoices
        legend={t('language.legend')}
        name="language"
        choices={supportedLanguages.map((language) => ({ value: language, label: languageEndonyms[language], lang: language }))}
        chosen={currentLanguage}
        onChoose={chooseLanguage}
      />

      <RadioChoices
        legend={t('theme.legend')}
        hint={t('theme.hint')}
        name="theme"
        choices={themeChoices.map((choice) => ({ value: choice, label: t(`theme.${choice}`) }))}
        chosen={theme}
        onChoose={(choice) => updatePreferences({ theme: choice })}
      />

      <RadioChoices
        legend={t('addressForm.legend')}
        hint={t('addressForm.hint')}
        name="address-form"
        choices={addressForms.map((choice) => ({ value: choice, label: t(`addressForm.${choice}`) }))}
        chosen={addressForm}
        onChoose={(choice) => updatePreferences({ addressForm: choice })}
      />

      <section aria-labelledby="storage-title" className="settings-section">
        <h2 id="storage-title">{t('storage.title')}</h2>
        <p data-testid="storage-persistence" data-state={storagePersistence}>
          {t(`storage.${storagePersistence}`)}
        </p>
        {storagePersistence !== 'granted' && storagePersistence !== 'unsupported' && (
          <button type="button" className="button button-secondary" onClick={() => void requestPersistentStorage()}>
            {t('storage.askAgain')}
          </button>
        )}
        {canInstall && (
          <>
            <p>{t('storage.installHint')}</p>
            <p>
              <button type="button" className="button" onClick={() => void install()}>
                {t('storage.install')}
              </button>
            </p>
          </>
        )}
      </section>

      <ReminderSettings />

      <FeedbackSettingsSection />
      <ReportEntry />

      <section aria-labelledby="content-title" className="settings-section">
        <h2 id="content-title">{t('content.title')}</h2>
        <p>{t('content.hint')}</p>
        <p>
          <Link to="/content" className="button button-secondary">
            {t('content.open')}
          </Link>
        </p>
      </section>

      <SafetySettingsSection />

      <section aria-labelledby="about-title" className="settings-section">
        <h2 id="about-title">{t('about.title')}</h2>
        <p>{t('about.version', { version: __BUILD_ID__ })}</p>
      </section>
    </div>
  );
}
