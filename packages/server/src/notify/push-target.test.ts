import { describe, expect, it } from 'vitest';
import { PushTargetRefused, PushTargets, isPublicAddress, type Lookup } from './push-target.ts';

/** A resolver that answers from a table, as a DNS server under someone's control might. */
const table =
  (answers: Record<string, string[]>): Lookup =>
  async (hostname) => {
    const found = answers[hostname];
    if (!found)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PushTargetRefused) return error.message;
    throw error;
  }
  return null;
};

describe('isPublicAddress', () => {
  it('refuses loopback, private, link-local, CGNAT, multicast, unspecified and reserved IPv4', () => {
    for (const address of [
      '0.0.0.0',
      '0.1.2.3',
      '127.0.0.1',
      '127.255.255.254',
      '10.0.0.1',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '100.127.255.255',
      '192.0.0.8',
      '192.0.2.1',
      '198.18.0.1',
      '198.51.100.7',
      '203.0.113.9',
      '224.0.0.1',
      '239.255.255.250',
      '240.0.0.1',
      '255.255.255.255',
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it('refuses loopback, unspecified, IPv4-mapped, unique-local, link-local, multicast and special IPv6', () => {
    for (const address of [
      '::',
      '::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::ffff:8.8.8.8',
      '::127.0.0.1',
      '64:ff9b::a9fe:a9fe',
      'fc00::1',
      'fd12:3456:789a::1',
      'fe80::1',
      'fec0::1',
      'ff02::1',
      '2001:db8::1',
      '2001::1',
      '2002:7f00:1::1',
      '100::1',
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it('takes public addresses, and nothing that is not an address', () => {
    for (const address of [
      '8.8.8.8',
      '1.1.1.1',
      '100.63.255.255',
      '100.128.0.0',
      '172.32.0.1',
      '2607:f8b0:4004:c07::5f',
      '2a00:1450:4001::200e',
    ])
      expect(isPublicAddress(address), address).toBe(true);
    for (const text of ['', 'localhost', '2130706433', '0x7f.0.0.1', '127.1', '[::1]'])
      expect(isPublicAddress(text), text).toBe(false);
  });
});

describe('PushTargets', () => {
  const strict = new PushTargets({
    allowPrivate: false,
    lookup: table({
      'push.example.test': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
      'inside.example.test': ['10.1.2.3'],
      'mixed.example.test': ['93.184.215.14', '127.0.0.1'],
      'mapped.example.test': ['::ffff:169.254.169.254'],
    }),
  });

  it('takes an https: host name that resolves to public addresses only', async () => {
    expect(await refusal(strict.check('https://push.example.test/send/abc'))).toBeNull();
    expect(await strict.target('https://push.example.test:8443/send/abc')).toMatchObject({
      address: '93.184.215.14',
      family: 4,
    });
  });

  it('refuses other schemes, credentials and IP addresses in any spelling, before any lookup', async () => {
    for (const endpoint of [
      'http://push.example.test/x',
      'ftp://push.example.test/x',
      'not a url',
      'https://user:secret@push.example.test/x',
      'https://127.0.0.1/x',
      'https://2130706433/x',
      'https://0x7f000001/x',
      'https://0x7f.1/x',
      'https://0177.0.0.1/x',
      'https://127.1/x',
      'https://0.0.0.0/x',
      'https://169.254.169.254/latest/meta-data',
      'https://8.8.8.8/x',
      'https://[::1]/x',
      'https://[::ffff:127.0.0.1]/x',
      'https://[fd00::1]/x',
    ]) {
      expect(await refusal(strict.check(endpoint)), endpoint).not.toBeNull();
    }
  });

  it('refuses a host name with any address that is not public, or none', async () => {
    for (const endpoint of [
      'https://inside.example.test/x',
      'https://mixed.example.test/x',
      'https://mapped.example.test/x',
    ]) {
      expect(await refusal(strict.check(endpoint)), endpoint).not.toBeNull();
      expect(await refusal(strict.target(endpoint)), endpoint).not.toBeNull();
    }
  });

  it('refuses a host name that does not exist when saving; at a send, the failure is passed on', async () => {
    expect(await refusal(strict.check('https://nowhere.example.test/x'))).toBe(
      'its host name does not exist',
    );
    await expect(strict.target('https://nowhere.example.test/x')).rejects.toMatchObject({
      code: 'ENOTFOUND',
    });
  });

  it('refuses localhost as the system resolver answers for it', async () => {
    const system = new PushTargets({ allowPrivate: false });
    expect(await refusal(system.check('https://localhost/x'))).toMatch(/not public/);
    expect(await refusal(system.check('https://localhost./x'))).not.toBeNull();
  });

  it('with private addresses allowed, takes http: and local addresses without looking names up', async () => {
    const open = new PushTargets({ allowPrivate: true, lookup: table({}) });
    expect(await refusal(open.check('http://127.0.0.1:9000/push/1'))).toBeNull();
    expect(await refusal(open.check('https://push.nowhere.test/x'))).toBeNull();
    expect(await refusal(open.check('ftp://127.0.0.1/x'))).not.toBeNull();
    expect(await refusal(open.check('http://user:pw@127.0.0.1/x'))).not.toBeNull();
    expect(await open.target('http://[::1]:9000/push/1')).toMatchObject({
      address: '::1',
      family: 6,
    });
  });

  it('passes on a lookup failure that is not "no such name"', async () => {
    const flaky = new PushTargets({
      allowPrivate: false,
      lookup: async () => {
        throw Object.assign(new Error('getaddrinfo EAI_AGAIN'), { code: 'EAI_AGAIN' });
      },
    });
    await expect(flaky.check('https://push.example.test/x')).rejects.toMatchObject({
      code: 'EAI_AGAIN',
    });
  });
});
