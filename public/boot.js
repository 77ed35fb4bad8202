/*
 * Runs before the app's code (index.html loads it, blocking, right after the prerendered templates):
 * puts the build's prerender of this screen in this language into #root, so the words and the
 * danger link are there at once; main.tsx then hydrates it. Only when the app would show that same
 * screen: otherwise #root stays empty, as before prerendering. Its rules repeat the app's (theme.ts,
 * languages.ts, neutralGate.ts, wipeDone.ts, resumeStore.ts); tests/unit/boot.test.ts holds them equal.
 * Plain ES5 and no inline script: the CSP allows only the app's own files.
 */
(function () {
  'use strict';
  var htmlLang = { es: 'es-419', en: 'en', fr: 'fr-CA' };
  var isLanguage = function (value) {
    return value === 'es' || value === 'en' || value === 'fr';
  };
  var html = document.documentElement;

  // {} when nothing is stored, null when what is stored cannot be read.
  function stored(storage, key) {
    try {
      var value = JSON.parse(storage.getItem(key) || '{}');
      return value && typeof value === 'object' ? value : null;
    } catch {
      return null;
    }
  }

  function detectLanguage() {
    var tags = navigator.languages || [];
    for (var i = 0; i < tags.length; i += 1) {
      var primary = String(tags[i]).toLowerCase().split(/[-_]/)[0];
      if (isLanguage(primary)) return primary;
    }
    return 'es';
  }

  function screenPath() {
    var state = history.state;
    var saved = state && typeof state === 'object' ? state.screenPath : undefined;
    return location.pathname === '/' && typeof saved === 'string' ? saved : location.pathname;
  }

  // Before hydration the quick-exit button is plain HTML: it leaves the way the app does (quickExit.ts).
  function quickExitBeforeHydration(neutralUrl) {
    document.addEventListener('click', function (event) {
      var target = event.target;
      if (!target || !target.closest || !target.closest('.quick-exit-button')) return;
      if (performance.getEntriesByName('companera:hydrated').length > 0) return;
      document.getElementById('root').setAttribute('hidden', '');
      try {
        sessionStorage.clear();
        sessionStorage.setItem('companera.exited', '1');
      } catch {
        // Only adds caution on Back, as in the app.
      }
      location.replace(navigator.onLine ? neutralUrl : '/calc');
    });
  }

  function isHttpsUrl(value) {
    try {
      var url = new URL(value);
      return value.length <= 300 && url.protocol === 'https:' && !url.username && !url.password;
    } catch {
      return false;
    }
  }

  function start() {
    if (window.top !== window.self) return; // main.tsx hides the app inside a frame
    var preferences = stored(localStorage, 'companera.preferences.v1') || {};
    var safety = stored(localStorage, 'companera.safety.v1');
    var language = isLanguage(preferences.language) ? preferences.language : detectLanguage();
    if (preferences.theme === 'light' || preferences.theme === 'dark') html.setAttribute('data-theme', preferences.theme);
    html.lang = htmlLang[language];

    // Anything that would make the app show another screen (the calculator, the "deleted" screen,
    // a crisis run to resume) or that this script cannot be sure of: no prerender.
    if (!safety || (safety.isDisguised !== false && safety.isDisguised !== undefined)) return;
    if (sessionStorage.getItem('companera.exited') !== null || sessionStorage.getItem('companera.deleted') !== null) return;
    var path = screenPath();
    if (path === '/crisis') {
      // The list shows once a country is chosen (otherwise the country question), in the default form of address.
      if (!/^[A-Z]{2}$/.test(preferences.country) || sessionStorage.getItem('companera.crisis.run.v1') !== null) return;
      if (preferences.addressForm === 'masculine' || preferences.addressForm === 'neutral') return;
    } else if (path !== '/') return;

    var template = document.querySelector('template[data-prerender="' + language + ' ' + path + '"]');
    var root = document.getElementById('root');
    if (!template || !root) return;
    // The screen's own stylesheet (crisis.css): a link added from the body cannot block rendering,
    // so #root stays hidden until it has loaded, and the screen never shows unstyled then moves.
    var styles = (template.getAttribute('data-css') || '').split(' ').filter(Boolean);
    var pending = styles.length;
    var reveal = function () {
      pending -= 1;
      if (pending <= 0) root.removeAttribute('data-styling');
    };
    if (pending > 0) root.setAttribute('data-styling', ''); // styles.css hides it meanwhile
    for (var i = 0; i < styles.length; i += 1) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = styles[i];
      link.onload = reveal;
      link.onerror = reveal;
      document.head.appendChild(link);
    }
    root.appendChild(template.content.cloneNode(true));
    root.setAttribute('data-prerendered', language + ' ' + path);
    quickExitBeforeHydration(isHttpsUrl(safety.neutralUrl) ? safety.neutralUrl : 'https://weather.com/');
  }

  try {
    start();
  } catch {
    // Storage blocked or unreadable: the app starts from an empty #root, as without this script.
  }
})();
