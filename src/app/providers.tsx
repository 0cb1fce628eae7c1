import { useMemo, useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { LocaleContext, initialLocale, saveLocale, type Locale } from '@/lib/i18n/locale';
import { Toaster } from '@/components/toast';
import { createQueryClient } from './query-client';

export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const localeValue = useMemo(
    () => ({
      locale,
      setLocale: (l: Locale) => {
        saveLocale(l);
        setLocaleState(l);
      },
    }),
    [locale],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleContext.Provider value={localeValue}>
        {children}
        <Toaster />
      </LocaleContext.Provider>
    </QueryClientProvider>
  );
}
