import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

// Flags that keep Chromium quiet on a closed network and runnable as root in CI (toolchain.md, trap 6).
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const candidatePaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const chromiumInstallHelp = [
  'No Chromium or Chrome was found, so the browser tests cannot run.',
  'Install one, then run the tests again:',
  '  Debian/Ubuntu: sudo apt-get install -y chromium',
  '  macOS:         brew install --cask chromium   (or install Google Chrome)',
  '  Windows:       install Google Chrome',
  'Or point CHROME_PATH at any Chromium-based browser: CHROME_PATH=/path/to/chrome npm test',
].join('\n');

function onPath(name: string): string | undefined {
  try {
    const found = execFileSync(process.platform === 'win32' ? 'where' : 'which', [name], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return found.split(/\r?\n/)[0]?.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The browser the tests drive, or undefined when none is installed. */
export function findChromium(): string | undefined {
  const fromEnvironment = process.env.CHROME_PATH;
  if (fromEnvironment) return existsSync(fromEnvironment) ? fromEnvironment : undefined;
  return candidatePaths.find((path) => existsSync(path)) ?? onPath('chromium') ?? onPath('google-chrome');
}

export function chromiumLaunchOptions() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(chromiumInstallHelp);
  return { executablePath, args: chromiumArgs };
}
