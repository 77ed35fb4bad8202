import type common from '../../locales/en/common.json';
import type settings from '../../locales/en/settings.json';
import type content from '../../locales/en/content.json';

// English is the reference for key types; the parity test holds es and fr to the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      settings: typeof settings;
      content: typeof content;
    };
  }
}
