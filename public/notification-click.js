// Loaded into the service worker that vite-plugin-pwa generates (vite.config.ts, workbox.importScripts).
// Tapping the reminder brings her to the app: an open window of it if there is one, else a new one
// at "/", where the shell shows the calculator first while the disguise is on. The notification
// carries nothing to read, so nothing here looks at what it said.
self.addEventListener('notificationclick', (event) => {
  // Only the app's own reminder (reminders.ts shows it with this tag).
  if (event.notification.tag !== 'reminder') return;
  event.notification.close();
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => typeof client.focus === 'function');
      return open ? open.focus() : self.clients.openWindow('/');
    }),
  );
});
