// The alert webhook's address rules and signature, as a receiver checks them.
import { assertWebhookUrlAllowed, signatureFor, verifySignature, worthRetrying } from 'server/alerts/webhook';

describe('where alerts may be sent', () => {
  it('takes any https address', () => {
    expect(assertWebhookUrlAllowed('https://hooks.slack.com/services/T0/B0/x', undefined).host).toBe('hooks.slack.com');
  });

  it.each([
    ['http://hooks.example.si/alerts', undefined],
    ['http://127.0.0.1:8080/alerts', undefined],
    ['http://127.0.0.1:8080/alerts', 'http://127.0.0.1:9999'],
    ['http://10.0.0.5/alerts', 'http://10.0.0.5'],
    ['https://user:pass@hooks.example.si/alerts', undefined],
    ['ftp://hooks.example.si', undefined],
    ['not a url', undefined],
  ])('refuses %s (allowed endpoints: %s) with ALERT_WEBHOOK_URL_REFUSED', (url, allowed) => {
    expect(() => assertWebhookUrlAllowed(url, allowed)).toThrow(
      expect.objectContaining({ code: 'ALERT_WEBHOOK_URL_REFUSED' }),
    );
  });

  it('takes http only on a loopback origin an administrator listed', () => {
    expect(assertWebhookUrlAllowed('http://127.0.0.1:8080/alerts', 'http://127.0.0.1:8080').port).toBe('8080');
  });
});

describe('the signature', () => {
  const secret = 'a'.repeat(43);
  const at = new Date('2026-12-07T10:00:00Z');

  it('verifies the body it signed, and nothing else', () => {
    const header = signatureFor(secret, '{"text":"x"}', at);
    expect(header).toMatch(/^t=1796637600,v1=[0-9a-f]{64}$/);
    expect(verifySignature(secret, '{"text":"x"}', header)).toBe(true);
    expect(verifySignature(secret, '{"text":"y"}', header)).toBe(false);
    expect(verifySignature('b'.repeat(43), '{"text":"x"}', header)).toBe(false);
    expect(verifySignature(secret, '{"text":"x"}', header.replace('t=1796637600', 't=1796637601'))).toBe(false);
  });
});

describe('retries', () => {
  it('retry timeouts, lost connections, 5xx, 408 and 429; not other refusals or successes', () => {
    expect(worthRetrying({ ok: false, status: null, reason: 'no connection', why: 'no-connection' })).toBe(true);
    expect(worthRetrying({ ok: false, status: 503, reason: 'HTTP 503', why: 'http' })).toBe(true);
    expect(worthRetrying({ ok: false, status: 429, reason: 'HTTP 429', why: 'http' })).toBe(true);
    expect(worthRetrying({ ok: false, status: 404, reason: 'HTTP 404', why: 'http' })).toBe(false);
    expect(worthRetrying({ ok: true, status: 200 })).toBe(false);
  });
});
