import { useLocale, type Locale } from './locale';

type Message = string | ((...args: never[]) => string);
export type Messages = Record<string, Message>;

/**
 * Declares one feature's texts in every locale. English is complete by type; Japanese and Korean may lag
 * and fall back to English key by key. Texts live beside the feature that shows them, so each lazy route
 * carries only its own strings, and interpolation is a typed function instead of a template language.
 *
 * @example
 * const useText = defineMessages({ en: { title: 'Users', count: (n: number) => `${n} users` }, ja: { title: 'ユーザー' }, ko: {} });
 * const t = useText(); t.count(3);
 */
export function defineMessages<T extends Messages>(
  all: { en: T } & Record<Exclude<Locale, 'en'>, Partial<T>>,
): () => T {
  const merged: Partial<Record<Locale, T>> = {};
  return function useText(): T {
    const { locale } = useLocale();
    merged[locale] ??= { ...all.en, ...all[locale] };
    return merged[locale];
  };
}
