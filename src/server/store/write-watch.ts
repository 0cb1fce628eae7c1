import {
  SelectQueryNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';

/**
 * Counts the writes made through this store. A cache may keep what it read while the count is the one it
 * saw before reading: any insert, update, delete or raw statement (started or finished) moves it on.
 */
export class WriteWatch implements KyselyPlugin {
  #generation = 0;
  readonly #writes = new WeakSet<object>();

  get generation(): number {
    return this.#generation;
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (!SelectQueryNode.is(args.node)) {
      this.#generation++;
      this.#writes.add(args.queryId);
    }
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    // Counted again once done, so a read that began while the write ran cannot be kept as fresh.
    if (this.#writes.has(args.queryId)) this.#generation++;
    return Promise.resolve(args.result);
  }
}
