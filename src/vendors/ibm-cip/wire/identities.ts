import { z } from 'zod';
import { LooseBooleanSchema, wrapped } from './common';
import { AttributeValueSchema } from './users';

/** I1. */
export const CheckUsernameResponseSchema = wrapped({ available: z.boolean(), account: z.boolean() });
export type CheckUsernameResponse = z.infer<typeof CheckUsernameResponseSchema>;

/** I2: `userStatus` sits beside `userDetails`, as in the example. */
export const UserDetailsResponseSchema = wrapped({
  userDetails: z.object({
    account: z.boolean(),
    groups: z.array(z.string()),
    roles: z.array(z.string()),
    pwdStatus: z.boolean(),
    services: z.array(z.string()),
    userAttributes: z.record(z.string(), AttributeValueSchema),
  }),
  userStatus: z.boolean(),
});
export type UserDetailsResponse = z.infer<typeof UserDetailsResponseSchema>;

const InputAttributesSchema = z.record(
  z.string(),
  z.union([z.string(), z.array(z.string()), z.number(), z.boolean()]),
);

/** I3. `roles` is a comma-separated string. */
export const AddUserRequestSchema = z.object({
  userAttributes: InputAttributesSchema,
  roles: z.string().nullish(),
  account: LooseBooleanSchema.nullish(),
  userStatus: LooseBooleanSchema.nullish(),
  pwdStatus: LooseBooleanSchema.nullish(),
});
export type AddUserRequest = z.input<typeof AddUserRequestSchema>;

/** I4: a batch of attribute changes. */
export const EditUserRequestSchema = z.array(
  z.object({ uuid: z.string().min(1), userDetails: z.object({ userAttributes: InputAttributesSchema }) }),
);
export type EditUserRequest = z.input<typeof EditUserRequestSchema>;

/** I5. */
export const RemoveUserRequestSchema = z.object({ uuid: z.string().min(1) });
export type RemoveUserRequest = z.input<typeof RemoveUserRequestSchema>;
