export {
  useConnectionMutation,
  type ConnectionMutationDefinition,
  type ConnectionMutationOptions,
} from './use-connection-mutation';
