// Shows the build's prerender of this screen (index.html's templates) before the app's code runs,
// only where the app shows that same screen. Its rules repeat the app's: src/app/boot.test.ts
// holds them equal; docs/ARCHITECTURE.md "First load and laziness" says why each is there.
(function () {
  'use strict';
  var htmlLang = { es: 'es-419', en: 'en', fr: 'fr-CA' };
  var isLanguage = function (value) {
    return value === 'es' || value === 'en' || value === 'fr';
  };
  var html = document.documentElement;
  // {} when nothing is stored, null when it cannot be read.
  var stored = function (storage, key) {
    try {
      var value = JSON.parse(storage.getItem(key) || '{}');
      return value && typeof value === 'object' ? value : null;
    } catch {
      return null;
    }
  };
  var start = function () {
    if (window.top !== window.self) return;
    var preferences = stored(localStorage, 'companera.preferences.v1') || {};
    var safety = stored(localStorage, 'companera.safety.v1');
    var language = preferences.language;
    var tags = navigator.languages || [];
    for (var t = 0; !isLanguage(language) && t < tags.length; t += 1) language = String(tags[t]).toLowerCase().split(/[-_]/)[0];
    if (!isLanguage(language)) language = 'es';
    if (preferences.theme === 'light' || preferences.theme === 'dark') html.setAttribute('data-theme', preferences.theme);
    html.lang = htmlLang[language];

    if (!safety || (safety.isDisguised !== false && safety.isDisguised !== undefined)) return;
    if (sessionStorage.getItem('companera.exited') !== null || sessionStorage.getItem('companera.deleted') !== null) return;
    var state = history.state;
    var saved = state && typeof state === 'object' ? state.screenPath : undefined;
    var path = location.pathname === '/' && typeof saved === 'string' ? saved : location.pathname;
    if (path === '/crisis') {
      var country = preferences.country;
      if (typeof country !== 'string' || !/^[A-Z]{2}$/.test(country) || sessionStorage.getItem('companera.crisis.run.v1') !== null) return;
      if (preferences.addressForm === 'masculine' || preferences.addressForm === 'neutral') return;
    } else if (path !== '/') return;

    var template = document.querySelector('template[data-prerender="' + language + ' ' + path + '"]');
    var root = document.getElementById('root');
    if (!template || !root) return;
    // A stylesheet added from the body cannot block rendering: the screen stays invisible until it is in.
    var styles = (template.getAttribute('data-css') || '').split(' ').filter(Boolean);
    var pending = styles.length;
    var reveal = function () {
      pending -= 1;
      if (pending <= 0) root.removeAttribute('data-styling');
    };
    if (pending > 0) root.setAttribute('data-styling', '');
    for (var i = 0; i < styles.length; i += 1) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = styles[i];
      link.onload = reveal;
      link.onerror = reveal;
      document.head.appendChild(link);
    }
    // Never hidden for long: a stalled stylesheet must not hide the quick exit and the danger link.
    if (pending > 0)
      setTimeout(function () {
        root.removeAttribute('data-styling');
      }, 1500);
    root.appendChild(template.content.cloneNode(true));
    root.setAttribute('data-prerendered', language + ' ' + path);
    // Tapped before the app runs, the danger link opens her own country's numbers (the app does the same once it runs).
    var danger = root.querySelector('a.crisis-danger');
    if (danger && country) danger.setAttribute('href', danger.getAttribute('href').split('#')[0] + '#country-' + country.toLowerCase());

    // Until React takes over, the quick-exit button leaves as the app's does (quickExit.ts).
    var neutralUrl = 'https://weather.com/';
    try {
      var url = new URL(safety.neutralUrl);
      if (
        typeof safety.neutralUrl === 'string' &&
        safety.neutralUrl.length <= 300 &&
        url.protocol === 'https:' &&
        !url.username &&
        !url.password
      )
        neutralUrl = safety.neutralUrl;
    } catch {
      // the default neutral site
    }
    // Set by the app (src/ui/PrerenderHandOver.tsx) once React has taken the screen over. A flag of
    // this script's own, not a performance mark: a test's fake clock replaces the performance object.
    var handedOver = false;
    // A button of the screen tapped before React has taken it over would do nothing (a situation
    // in the crisis list): the tap is held and given to the same button once the screen works.
    var heldTap = null;
    window.addEventListener(
      'click',
      function (event) {
        var target = event.target;
        var button = target && target.closest ? target.closest('#main button') : null;
        if (!button || !root.contains(button) || handedOver) return;
        event.preventDefault();
        event.stopPropagation();
        heldTap = { button: button, text: button.textContent };
      },
      true,
    );
    window.addEventListener('companera:hydrated', function () {
      handedOver = true;
      var tap = heldTap;
      heldTap = null;
      if (!tap) return;
      var button = tap.button;
      // React redrew the screen (an organisation's scripts installed): the button that says the same.
      if (!button.isConnected)
        button = Array.prototype.find.call(root.querySelectorAll('#main button'), function (candidate) {
          return candidate.textContent === tap.text;
        });
      if (button) button.click();
    });
    document.addEventListener('click', function (event) {
      var target = event.target;
      if (!target || !target.closest || event.defaultPrevented || handedOver) return;
      var link = target.closest('a[href^="/"]');
      if (link && !target.closest('.quick-exit-button')) {
        // A private screen's address must not enter the browser's history (src/ui/router.tsx keeps it
        // in the history state under "/", privatePathPrefixes): the same here, then the page loads it.
        var to = link.getAttribute('href');
        if (
          !/^\/(journal|crisis|plan)(\/|$)/.test(to) ||
          event.button !== 0 ||
          event.metaKey ||
          event.ctrlKey ||
          event.shiftKey ||
          event.altKey
        )
          return;
        event.preventDefault();
        history.pushState({ screenPath: to }, '', '/');
        location.reload();
        return;
      }
      if (!target.closest('.quick-exit-button')) return;
      root.setAttribute('hidden', '');
      try {
        // The app's other tabs leave too, as the app's own quick exit asks them (src/features/safety/tabChannel.ts).
        new BroadcastChannel('companera.tabs.v1').postMessage({ kind: 'quick-exit' });
      } catch {
        // no other tabs can be told
      }
      try {
        sessionStorage.clear();
        sessionStorage.setItem('companera.exited', '1');
      } catch {
        // only adds caution on Back
      }
      location.replace(navigator.onLine ? neutralUrl : '/calc');
    });
  };
  try {
    start();
  } catch {
    // Storage blocked: #root stays empty and the app starts as without this script.
  }
})();
