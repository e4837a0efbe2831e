/**
 * A readable name for a signed-in device from its browser's user-agent text: "Chrome on
 * Android", "Safari on iPhone". Only the common browsers and systems are told apart; anything
 * else still gets a kind name rather than the raw text.
 */
import { t } from '../i18n/index.ts';

/** Checked in order: several browsers also name the ones they are built on (Edge says Chrome). */
const BROWSERS: readonly (readonly [RegExp, string])[] = [
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\b(OPR|Opera)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\b(Firefox|FxiOS)\//, 'Firefox'],
  [/\b(Chrome|Chromium|CriOS|HeadlessChrome)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
];

/** Also in order: Android and iOS user agents mention Linux and Mac OS X. */
const SYSTEMS: readonly (readonly [RegExp, string])[] = [
  [/\bAndroid\b/, 'Android'],
  [/\biPhone\b/, 'iPhone'],
  [/\biPad\b/, 'iPad'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMacintosh\b|\bMac OS X\b/, 'Mac'],
  [/\bLinux\b/, 'Linux'],
];

const find = (table: readonly (readonly [RegExp, string])[], text: string) =>
  table.find(([pattern]) => pattern.test(text))?.[1];

export function deviceName(userAgent: string | null): string {
  const text = userAgent ?? '';
  const browser = find(BROWSERS, text);
  const system = find(SYSTEMS, text);
  if (browser && system) return t('devices.browserOnSystem', { browser, system });
  if (browser) return browser;
  if (system) return t('devices.browserOnSystem', { browser: t('devices.browser'), system });
  return t('devices.unknown');
}
