import { nhnCall } from '../client';
import { nhnKeys } from './keys';
import { useNhnMutation, type NhnMutationOptions } from './use-nhn-mutation';

type ProductVars = { projectId: string; productId: string };
type Enabled = Awaited<ReturnType<typeof nhnCall<'enableProduct'>>>;

/** Turns a service on; the answer holds the service's secret key, so it never stays in a cache. */
export const useEnableProduct = (options: NhnMutationOptions<Enabled, ProductVars> = {}) =>
  useNhnMutation(
    {
      run: (c, v) => nhnCall(c, 'enableProduct', { params: v }),
      invalidates: (c, v) => [nhnKeys.projectProducts(c, v.projectId)],
    },
    { ...options, secret: true },
  );

/** Turns a service off; NHN Cloud refuses while sub-services are still on and names them. */
export const useDisableProduct = (options: NhnMutationOptions<unknown, ProductVars> = {}) =>
  useNhnMutation(
    {
      run: (c, v) => nhnCall(c, 'disableProduct', { params: v }),
      invalidates: (c, v) => [nhnKeys.projectProducts(c, v.projectId)],
    },
    options,
  );
