import { defineMessages } from '@/lib/i18n/messages';
import { gs2En } from './gs2-text-en';
import { gs2Ja } from './gs2-text-ja';
import { gs2Ko } from './gs2-text-ko';

/** One file per locale: the texts are many, and each file stays readable on its own. */
export const useGs2Text = defineMessages({ en: gs2En, ja: gs2Ja, ko: gs2Ko });

export type Gs2Text = ReturnType<typeof useGs2Text>;
