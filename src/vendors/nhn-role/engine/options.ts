/**
 * Every rule the seed leaves open, as a named option with the default the emulator uses. The README lists
 * them with the reasoning; tests flip them to show each one is honoured.
 */
export type EngineOptions = {
  /** A relation in scope ALL also satisfies a check in any other scope. */
  allScopeIsWildcard: boolean;
  /** A denied role's own inherited roles are dropped too, unless reachable through another allowed path. */
  denyPrunesSubtree: boolean;
  /** A condition whose attribute the caller did not send fails (true) or is ignored (false). */
  missingAttributeFails: boolean;
  /** A check for an unknown user answers permission=false (false) or fails the call with 14001 (true). */
  unknownUserFails: boolean;
  /**
   * Which roles may be set to DENY: 'inherited' = only a role that some ALLOW role relation includes (so
   * there is something to carve out), 'any' = every role.
   */
  deniableRule: 'inherited' | 'any';
  /** `roleTagIdExpr`: the v3 wording (`;` = OR, `,` = AND) or the v1 example's reverse reading. */
  roleTagExprSemicolonIsOr: boolean;
  /** Report malformed IDs and paths with the pre-2024-02-27 codes (10000, 10002, 11002, ...) instead of 400. */
  legacyResultCodes: boolean;
  /** HTTP status of an unknown route: 200 like every other answer, or 404 as a gateway in front may send. */
  unknownRouteHttpStatus: 200 | 404;
  /** Upper bound for resources per appKey (10006 above it); the vendor's limit is not published. */
  maxResources: number;
};

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  allScopeIsWildcard: false,
  denyPrunesSubtree: true,
  missingAttributeFails: true,
  unknownUserFails: false,
  deniableRule: 'inherited',
  roleTagExprSemicolonIsOr: true,
  legacyResultCodes: false,
  unknownRouteHttpStatus: 200,
  maxResources: 10_000,
};
