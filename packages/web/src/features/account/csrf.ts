/** The session's CSRF token: the pwc_csrf cookie the server sets beside the (HttpOnly) session cookie. */
export function csrfToken(): string | null {
  if (typeof document === 'undefined') return null;
  const cookie = document.cookie.split('; ').find((part) => part.startsWith('pwc_csrf='));
  return cookie ? decodeURIComponent(cookie.slice('pwc_csrf='.length)) || null : null;
}
