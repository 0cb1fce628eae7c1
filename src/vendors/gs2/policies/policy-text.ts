import { defineMessages } from '@/lib/i18n/messages';

export const usePolicyText = defineMessages({
  en: {
    create: 'Create policy',
    noCustom: 'No custom policy yet',
    size: 'Size (characters)',
    actions: 'Actions',
    delete: 'Delete',
    deleteNamed: (n: string) => `Delete ${n}`,
    deleteTitle: (n: string) => `Delete policy ${n}?`,
    deleteBody:
      'GS2 deletes it even while attached: every user who has it loses the permissions it grants, immediately.',
    holdersScanning: (n: number) => `Looking for users who have it attached… (${n.toLocaleString()} checked)`,
    holdersFailed: 'Could not list the users who have it attached.',
    holdersNone: 'No user has it attached.',
    holdersTitle: (n: number) =>
      n === 1 ? '1 user has it attached:' : `${n.toLocaleString()} users have it attached:`,
    holdersPartial: (n: number) => `Only the first ${n.toLocaleString()} users were checked.`,
    commonHelp: 'Defined by GS2; they can be attached but not changed.',
    allPolicies: 'All policies',
    readOnly: 'A GS2-defined policy: read-only.',
    notFound: (n: string) => `No policy named ${n}.`,
    document: 'Policy document',
    newTitle: 'New security policy',
    editTitle: (n: string) => `Edit ${n}`,
    templates: 'Templates',
    template: 'Insert template',
    format: 'Format JSON',
    sizeMeter: (n: number, max: number) => `${n.toLocaleString()} of ${max.toLocaleString()} characters`,
    tooLarge: 'The document is over GS2’s 524,288-character limit.',
    jsonError: (msg: string, line?: number, col?: number) =>
      line === undefined
        ? `Invalid JSON: ${msg}`
        : `Invalid JSON at line ${line}, column ${col ?? 1}: ${msg}`,
    warnings: 'Warnings (GS2 accepts the document, but it may not do what you expect)',
    review: 'Review changes',
    reviewTitle: 'Changes against the saved version',
    noChanges: 'Nothing changed.',
    diffSummary: (added: number, removed: number) => `${added} line(s) added, ${removed} line(s) removed.`,
    confirmSave: 'Save policy',
    backToEdit: 'Back to editing',
    draftRestored: 'A draft of unsaved changes was restored.',
    discardDraft: 'Discard draft',
    draftStale: 'The policy changed on the server since this draft was made; review the diff before saving.',
    effectNow: 'Changes take effect immediately for every user who has this policy attached.',
  },
  ja: {},
  ko: {},
});
