import { z } from 'zod';

/** A wire rule with the console's own (translated) message, so forms never restate SCP's rules. */
export const localized = (rule: z.ZodType, message: string) =>
  z.string().superRefine((v, ctx) => {
    if (!rule.safeParse(v).success) ctx.addIssue({ code: 'custom', message });
  });
