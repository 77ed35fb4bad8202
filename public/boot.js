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
    var heldSelector = '#main button, #main input[type="checkbox"]';
    var screenLinks = '#main a[href^="/"]';
    // Only what this script painted waits for React: what React draws itself (an error screen) works.
    var painted = Array.prototype.slice.call(root.querySelectorAll(heldSelector + ', ' + screenLinks));
    // A private screen's address must not enter the browser's history (src/ui/router.tsx keeps it in
    // the history state under "/", privatePathPrefixes): the same here, then the page loads it.
    var leavePrivately = function (link, event) {
      var to = link.getAttribute('href');
      if (
        !/^\/(journal|crisis|plan)(\/|$)/.test(to) ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return false;
      event.preventDefault();
      history.pushState({ screenPath: to }, '', '/');
      location.reload();
      return true;
    };
    // A button or tick box of the screen tapped before React has taken it over would do nothing, or
    // tick a box the app does not count (the crisis list's situations and checklist): the taps are
    // held, shown as busy, and given to the same elements once the screen works.
    var held = [];
    // What the element says, to find it again if React drew the screen afresh.
    var keyOf = function (element) {
      var label = element.tagName === 'INPUT' ? element.closest('label') : element;
      return element.tagName + ' ' + (label ? label.textContent : '');
    };
    var release = function (tap) {
      tap.element.removeAttribute('aria-busy');
    };
    // Capture, on the window: React may have taken over the shell and not yet the screen, and then
    // stops a click on the screen before it reaches the document.
    window.addEventListener(
      'click',
      function (event) {
        var target = event.target;
        if (handedOver || !target || !target.closest) return;
        var link = target.closest(screenLinks);
        if (link && painted.indexOf(link) >= 0) {
          if (leavePrivately(link, event)) event.stopPropagation();
          return;
        }
        var element = target.closest(heldSelector);
        if (!element || painted.indexOf(element) < 0) return;
        // Cancelling the click also leaves a tick box as it was, until the app ticks it.
        event.preventDefault();
        event.stopPropagation();
        // Tapped again because nothing seemed to happen: the same wish, not its undoing.
        if (held.some((tap) => tap.element === element)) return;
        // Of buttons, only the last: she changed her mind.
        if (element.tagName === 'BUTTON') {
          held.filter((tap) => tap.element.tagName === 'BUTTON').forEach(release);
          held = held.filter((tap) => tap.element.tagName !== 'BUTTON');
        }
        element.setAttribute('aria-busy', 'true');
        held.push({ element: element, key: keyOf(element) });
      },
      true,
    );
    window.addEventListener('companera:hydrated', function () {
      handedOver = true;
      var taps = held;
      held = [];
      taps.forEach(function (tap) {
        release(tap);
        var element = tap.element;
        if (!element.isConnected)
          element = Array.prototype.find.call(root.querySelectorAll(heldSelector), function (candidate) {
            return keyOf(candidate) === tap.key;
          });
        if (element) element.click();
      });
    });
    // The shell's links and quick exit, until React has them (it cancels the click then).
    document.addEventListener('click', function (event) {
      var target = event.target;
      if (!target || !target.closest || event.defaultPrevented || handedOver) return;
      var link = target.closest('a[href^="/"]');
      if (link && !target.closest('.quick-exit-button')) {
        leavePrivately(link, event);
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
