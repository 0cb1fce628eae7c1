/** GS2-Identifier wire models: the single source of the vendor's types for client, proxy and emulator. */
export * from './limits';
export * from './models';
export * from './requests';
export * from './results';
export * from './errors';
export * from './policy-document';
