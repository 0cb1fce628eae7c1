import { z } from 'zod';
import { classicEntry, classicList, classicListCamel, NameListSchema } from './common';

/** One attribute value: a string, or an array when a multi-valued attribute holds several values. */
export const AttributeValueSchema = z.union([z.string(), z.array(z.string())]);
export const UserEntrySchema = z.record(z.string(), AttributeValueSchema);
export type UserEntry = z.infer<typeof UserEntrySchema>;

/** U1 `GET /users/{username}`. */
export const UserResponseSchema = classicEntry(UserEntrySchema);
export type UserResponse = z.infer<typeof UserResponseSchema>;

/** U4 `GET /users?attr=value`: `status` is `result_limit_exceeded` when the size limit cut the list. */
export const UserSearchResponseSchema = classicList(UserEntrySchema);
export type UserSearchResponse = z.infer<typeof UserSearchResponseSchema>;

/** U2 `GET /users/{uuid}/services`. */
export const UserServicesResponseSchema = NameListSchema;

/** U3 `GET /users/{uuid}/kba`; `answer` is left out with `returnAnswers=false`. */
export const UserKbaEntrySchema = z.object({
  questionNumber: z.number().int(),
  questionText: z.string(),
  answer: z.string().optional(),
});
export const UserKbaResponseSchema = classicListCamel(UserKbaEntrySchema);
export type UserKbaResponse = z.infer<typeof UserKbaResponseSchema>;

/** U5 `POST /users/{username}`: `entry` is the new user's gtwayUUID. */
export const UserCreatedResponseSchema = classicEntry(z.string());
export type UserCreatedResponse = z.infer<typeof UserCreatedResponseSchema>;

/** U9: `MMM dd,yyyy hh:mm:ss a`, or null when the record never had a password. */
export const PasswordLastChangedResponseSchema = classicEntry(
  z.object({ passwordLastChanged: z.string().nullable() }),
);
export type PasswordLastChangedResponse = z.infer<typeof PasswordLastChangedResponseSchema>;

/** K1–K3 `GET /kba/questions[/active|/inactive]`. */
export const KbaQuestionSchema = z.object({
  questionNumber: z.number().int(),
  questionTextByLanguage: z.record(z.string(), z.string()),
  roleMappings: z.array(z.object({ priority: z.number().int(), roleNames: z.array(z.string()) })),
  deprecated: z.boolean(),
});
export type KbaQuestion = z.infer<typeof KbaQuestionSchema>;
export const KbaQuestionsResponseSchema = classicListCamel(KbaQuestionSchema);
export type KbaQuestionsResponse = z.infer<typeof KbaQuestionsResponseSchema>;
