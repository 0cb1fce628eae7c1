import type { ComponentType } from 'react';
import type { z } from 'zod';
import type { LocalText } from '@/lib/i18n/local-text';
import type { VendorId } from './ids';

/** One page of a vendor's console section, linked from the navigation. */
export type VendorPage = {
  /** Path below /c/:connectionId/, e.g. `users` or `policies`. */
  path: string;
  label: LocalText;
  /** The page component, loaded lazily so each vendor's code is its own chunk. */
  load: () => Promise<{ default: ComponentType }>;
};

/**
 * Everything the shell needs to know about a vendor: its name, its connection form (a zod schema whose
 * keys are the connection's settings; `secretFields` lists which of them are write-only secrets), and its
 * pages. Adding a vendor is a folder with a manifest plus one line in ./registry.ts.
 */
export type VendorManifest = {
  id: VendorId;
  name: string;
  shortName: string;
  /** Settings of a connection besides name and base URL, secrets included. */
  connectionSchema: z.ZodObject;
  secretFields: readonly string[];
  /** Field labels and help for the connection form, by schema key. */
  connectionFieldText: Record<string, { label: LocalText; help?: LocalText }>;
  defaultBaseUrl?: string;
  pages: readonly VendorPage[];
};
