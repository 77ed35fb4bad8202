// One policy for the built page (meta tag) and for the servers that serve it (headers).
// connect-src allows https: because an organisation may add its own content source by URL;
// the app itself only fetches from the sources the person configured (see src/sync).
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

export const contentSecurityPolicy = directives.join('; ');

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/*
 * The same headers as files the common static hosts read, written into the build (vite.config.ts)
 * so a deployment copies them instead of retyping the policy. Not precached: they are for the host.
 */

/** Netlify and Cloudflare Pages read `_headers` from the published folder. */
export function staticHostHeadersFile(): string {
  const lines = Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...lines, ''].join('\n');
}

/** For nginx: `include` it in the server block (a location with its own add_header drops these). */
export function nginxHeadersSnippet(): string {
  const lines = Object.entries(securityHeaders).map(([name, value]) => `add_header ${name} "${value}" always;`);
  return ['# Compañera security headers, generated from scripts/security-headers.ts by the build.', ...lines, ''].join('\n');
}
