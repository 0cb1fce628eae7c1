import { z } from 'zod';
import { classicEntry, NameListSchema } from './common';

/** G1, G2, S1, S3, S4, S6, S7: names or gtwayUUIDs with `total_count`. */
export const GroupNamesResponseSchema = NameListSchema;
export const MemberListResponseSchema = NameListSchema;
export const ServiceNamesResponseSchema = NameListSchema;

/** S2: every service attribute as a string, the name under `cn`. */
export const ServiceEntrySchema = z.record(z.string(), z.string());
export type ServiceEntry = z.infer<typeof ServiceEntrySchema>;
export const ServiceResponseSchema = classicEntry(ServiceEntrySchema);
export type ServiceResponse = z.infer<typeof ServiceResponseSchema>;

/** S5: the parent's name, "" for a top-level service. */
export const ServiceParentResponseSchema = classicEntry(z.string());
export type ServiceParentResponse = z.infer<typeof ServiceParentResponseSchema>;

export const APPROVAL_PROCESSES = [
  'DEFAULT',
  'AUTO_APPROVE_ALL',
  'AUTO_APPROVE_SOD_ONLY',
  'AUTO_APPROVE_NON_SOD_ONLY',
] as const;
export const ApprovalProcessSchema = z.enum(APPROVAL_PROCESSES);
export type ApprovalProcess = z.infer<typeof ApprovalProcessSchema>;

/** Reminder actions for approvals and recertifications (0 none … 4 email the approver's manager). */
export const REMINDER_ACTIONS = ['0', '1', '2', '3', '4'] as const;
