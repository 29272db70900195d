/**
 * Calling the REST facade as a licensed package. Today: a test authenticator that takes the
 * package from the key; the TLS + real API key client replaces `facadeAuthForTests`.
 */
import type { Authenticate } from '@lcs/rest-facade';

export const facadeAuthForTests: Authenticate = async (req, url) => {
  const key = String(req.headers['x-api-key'] ?? url.searchParams.get('key') ?? '');
  const m = /^test-(\w+)-(\d+)$/.exec(key);
  if (!m) throw Object.assign(new (await import('@lcs/platform')).PlatformError('UNAUTHENTICATED', 'an API key is required'));
  return { tenant: m[1]!, package: m[2]!, clientId: `test-${m[2]}`, keyId: key, scope: { type: 'tenant' } };
};

export function facadeClient(facadeUrl: string, tenant: string, pkg: string) {
  return (path: string, init: RequestInit = {}) =>
    fetch(`${facadeUrl}${path}${path.includes('?') ? '&' : '?'}domain=${tenant}`, {
      ...init,
      headers: { 'x-api-key': `test-${tenant}-${pkg}`, ...(init.headers as Record<string, string>) },
    });
}
