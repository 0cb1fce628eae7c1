/**
 * Wire models of the IBM Cloud Identity Portal administration API: the single source of its types for the
 * browser client and the emulator alike. Only zod may be imported here.
 */
export * from './wire/common';
export * from './wire/users';
export * from './wire/directory';
export * from './wire/tokens';
export * from './wire/identities';
export * from './wire/ss-options';
export * from './wire/ss-roles';
export * from './wire/ss-content';
