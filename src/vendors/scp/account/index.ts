export { useScpAccountId, accountIdQuery, type ScpAccountId } from './use-scp-account-id';
export { AccountGate } from './account-gate';
