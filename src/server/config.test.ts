import { describe, expect, it } from 'vitest';
import { loadConfig, parseTrustProxy } from './config.ts';

describe('TRUST_PROXY', () => {
  it('is off unless set: no client picks its own address', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(parseTrustProxy(' ')).toBe(false);
  });

  it('reads a list of addresses, CIDR ranges and proxy-addr names', () => {
    expect(parseTrustProxy('10.0.0.5, 10.1.0.0/16,fd00::/8 ,loopback')).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
      'fd00::/8',
      'loopback',
    ]);
  });

  it('refuses what is not an address, so a typo does not start eiso trusting nobody or everybody', () => {
    expect(() => parseTrustProxy('true')).toThrow(/TRUST_PROXY: "true"/);
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(/10.0.0.0\/33/);
    expect(() => parseTrustProxy('proxy.local')).toThrow(/proxy.local/);
  });
});
