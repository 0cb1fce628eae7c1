import type { Locale } from './locale';

/**
 * A short text declared in place, as vendor manifests do: plain English, or English with Japanese and
 * Korean beside it. Manifests are read by the shell before any vendor chunk loads, so their few texts
 * travel with them rather than in a lazily loaded message file.
 */
export type LocalText = string | ({ en: string } & Partial<Record<Exclude<Locale, 'en'>, string>>);

/** The text in `locale`, falling back to English. */
export function localText(text: LocalText, locale: Locale): string;
export function localText(text: LocalText | undefined, locale: Locale): string | undefined;
export function localText(text: LocalText | undefined, locale: Locale): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return (locale === 'en' ? undefined : text[locale]) ?? text.en;
}
