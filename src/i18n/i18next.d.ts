import type common from '../../locales/en/common.json';
import type settings from '../../locales/en/settings.json';
import type content from '../../locales/en/content.json';
import type journal from '../../locales/en/journal.json';
import type vault from '../../locales/en/vault.json';
import type crisis from '../../locales/en/crisis.json';
import type selfcare from '../../locales/en/selfcare.json';
import type safety from '../../locales/en/safety.json';
import type directory from '../../locales/en/directory.json';
import type guides from '../../locales/en/guides.json';
import type speech from '../../locales/en/speech.json';
import type safetyplan from '../../locales/en/safetyplan.json';
import type aftercare from '../../locales/en/aftercare.json';
import type groups from '../../locales/en/groups.json';
import type feedback from '../../locales/en/feedback.json';
import type report from '../../locales/en/report.json';
import type cards from '../../locales/en/cards.json';

// English is the reference for key types; the parity test holds es and fr to the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      settings: typeof settings;
      content: typeof content;
      journal: typeof journal;
      vault: typeof vault;
      crisis: typeof crisis;
      selfcare: typeof selfcare;
      safety: typeof safety;
      directory: typeof directory;
      guides: typeof guides;
      speech: typeof speech;
      safetyplan: typeof safetyplan;
      aftercare: typeof aftercare;
      groups: typeof groups;
      feedback: typeof feedback;
      report: typeof report;
      cards: typeof cards;
    };
  }
}
