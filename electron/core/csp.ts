/**
 * The one Content-Security-Policy for the renderer, sent by the HTTP bridge and by the Electron protocol
 * handler. No remote origins, no inline or eval'd script: the renderer is treated as untrusted.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
