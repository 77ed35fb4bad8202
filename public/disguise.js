// With the disguise on, the tab, the task switcher and the browser's bar never show the app's name
// or colours, not even for the moment before the app's code runs. A blocking script at the end of
// the head, before the title: the page renders nothing before it has run. Its rule is the app's (safetySettings.ts:
// a valid code seal and isDisguised true) and its values are disguise.ts's; src/app/boot.test.ts
// holds both equal. The build writes the neutral names onto this script's tag from the locales and
// puts it after the manifest link and before the title (scripts/prerender/vitePlugin.ts).
(function () {
  'use strict';
  var isLanguage = function (value) {
    return value === 'es' || value === 'en' || value === 'fr';
  };
  var isBase64 = function (value) {
    return typeof value === 'string' && value.length <= 100 && /^[A-Za-z0-9+/]+={0,2}$/.test(value);
  };
  var read = function (key) {
    try {
      return JSON.parse(localStorage.getItem(key) || '{}') || {};
    } catch {
      return {};
    }
  };
  try {
    if (window.top !== window.self) return;
    var safety = read('companera.safety.v1');
    var seal = safety.disguiseCodeSeal;
    if (safety.isDisguised !== true || !seal || typeof seal !== 'object' || !isBase64(seal.salt) || !isBase64(seal.digest)) return;
    var language = read('companera.preferences.v1').language;
    var tags = navigator.languages || [];
    for (var t = 0; !isLanguage(language) && t < tags.length; t += 1) language = String(tags[t]).toLowerCase().split(/[-_]/)[0];
    if (!isLanguage(language)) language = 'es';
    var names = document.querySelector('script[data-neutral-name-es]');
    var neutralName = names && names.getAttribute('data-neutral-name-' + language);
    if (!neutralName) return;
    var disguised = {
      manifest: '/disguise/manifest-' + language + '.webmanifest',
      icon: '/disguise/icon-192.png',
      'apple-touch-icon': '/disguise/apple-touch-icon.png',
      'theme-color': '#44474d',
      description: neutralName,
    };
    var elements = document.head.querySelectorAll(
      'link[rel="manifest"], link[rel="icon"], link[rel="apple-touch-icon"], meta[name="theme-color"], meta[name="description"]',
    );
    for (var i = 0; i < elements.length; i += 1) {
      var element = elements[i];
      var attribute = element.tagName === 'LINK' ? 'href' : 'content';
      // The build's value, which disguise.ts gives back when she turns the disguise off.
      if (!element.hasAttribute('data-undisguised')) element.setAttribute('data-undisguised', element.getAttribute(attribute) || '');
      element.setAttribute(attribute, disguised[element.getAttribute('rel') || element.getAttribute('name')]);
    }
    // The build puts index.html's title after this script: this makes the page's title first, so the
    // browser never hears "Compañera". The parser's own title then names nothing, and is taken out.
    document.title = neutralName;
    var titles = document.getElementsByTagName('title');
    new MutationObserver(function (records, observer) {
      if (titles.length < 2) return;
      titles[1].remove();
      observer.disconnect();
    }).observe(document.head, { childList: true });
  } catch {
    // Storage blocked: the app cannot read the disguise either, and the page keeps the build's names.
  }
})();
