import { z } from 'zod';

/**
 * Unsaved template edits, kept in localStorage so a reload loses nothing. A template is not a secret;
 * `base` is the saved version the draft started from, so a draft that equals it is not offered again.
 */
const DraftSchema = z.object({
  replyTo: z.string(),
  subject: z.string(),
  body: z.string(),
  savedAt: z.string(),
});
export type TemplateDraft = z.infer<typeof DraftSchema>;
export type TemplateFields = Omit<TemplateDraft, 'savedAt'>;

export const draftKey = (connectionId: string, instanceId: number, typeId: number, lang: string) =>
  `tessera:ibm-cip:email-draft:${connectionId}:${String(instanceId)}:${String(typeId)}:${lang}`;

export function readDraft(key: string): TemplateDraft | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const parsed = DraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, fields: TemplateFields, now = new Date()): void {
  try {
    localStorage.setItem(key, JSON.stringify({ ...fields, savedAt: now.toISOString() }));
  } catch {
    // Storage full or blocked: editing still works, only the draft is not kept.
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Blocked storage holds nothing to remove.
  }
}

export const sameFields = (a: TemplateFields, b: TemplateFields) =>
  a.replyTo === b.replyTo && a.subject === b.subject && a.body === b.body;
