/** PWC_SECURE_COOKIES: true, false, or `auto` (the default). */
export type SecureCookiesSetting = boolean | 'auto';

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|::1)$/i;

/**
 * Whether the session cookies are marked Secure (sent over https only). `auto`: always, except
 * for plain http to a loopback host — the local two-command setup at http://localhost:4000,
 * where browsers other than Chromium would otherwise drop the cookie. Behind an https proxy the
 * cookies are Secure whether or not PWC_TRUST_PROXY lets the server see the scheme.
 */
export function cookiesSecure(setting: SecureCookiesSetting, request: { protocol: string; hostname: string }): boolean {
  if (setting !== 'auto') return setting;
  return request.protocol === 'https' || !LOOPBACK_HOSTS.test(request.hostname);
}
