import type { ApprovalProcess } from '../wire';
import { cipCall, formBody } from '../client';
import { useServicesText } from '../services/services-text';
import { cipKeys } from './keys';
import { useCipMutation, type CipMutationOptions } from './use-cip-mutation';

/*
 * A relation change touches two services at least (a child's parent, a container's contained list and the
 * contained service's containers), so every service mutation refreshes the whole services scope.
 */
const allServices = (c: string) => [cipKeys.services(c)];

export type CreateServiceVars = { name: string; parent: string };

/** S18 (form); a parent is set through gtwayParentService, which the emulator and vendor re-parent on. */
export function useCreateService(options?: CipMutationOptions<void, CreateServiceVars>) {
  const t = useServicesText();
  return useCipMutation(
    {
      run: async (c, v) => {
        await cipCall(c, 'createService', {
          params: { service: v.name },
          body: formBody({ gtwayParentService: v.parent || undefined }),
        });
      },
      invalidates: allServices,
      success: (v) => t.serviceCreated(v.name),
    },
    options,
  );
}

export type UpdateServiceVars = { name: string; changes: Readonly<Record<string, string>> };

/** S8 with only the changed attributes; an empty value returns one to its default. */
export function useUpdateService(options?: CipMutationOptions<void, UpdateServiceVars>) {
  const t = useServicesText();
  return useCipMutation(
    {
      run: async (c, v) => {
        await cipCall(c, 'updateService', { params: { service: v.name }, body: formBody(v.changes) });
      },
      invalidates: allServices,
      success: () => t.attributesSaved,
    },
    options,
  );
}

export function useDeleteService(options?: CipMutationOptions<void, { name: string }>) {
  const t = useServicesText();
  return useCipMutation(
    {
      run: async (c, v) => {
        await cipCall(c, 'deleteService', { params: { service: v.name } });
      },
      update: (c, v, qc) => qc.removeQueries({ queryKey: cipKeys.service(c, v.name) }),
      invalidates: (c) => [...allServices(c), [c, 'ibm-cip', 'uuid']],
      success: (v) => t.serviceDeleted(v.name),
    },
    options,
  );
}

export type ServiceMembersVars = {
  service: string;
  uuids: readonly string[];
  action: 'add' | 'remove';
  /** Manual members are kept out of the automated add/remove processes. */
  manual: boolean;
};

/**
 * S9. Sent as an administrator's request so no approval is asked for. S3 does not tell the two kinds
 * apart, so a removal names each UUID under both keys.
 */
export function useChangeServiceMembers(options?: CipMutationOptions<void, ServiceMembersVars>) {
  const t = useServicesText();
  return useCipMutation(
    {
      run: async (c, v) => {
        const remove = v.action === 'remove';
        await cipCall(c, 'changeServiceMembers', {
          params: { service: v.service },
          body: formBody({
            member: remove || !v.manual ? v.uuids : undefined,
            manualMember: remove || v.manual ? v.uuids : undefined,
            action: remove ? 'delete' : undefined,
            gma_adminRequest: 'true',
          }),
        });
      },
      invalidates: (c, v) => [
        cipKeys.serviceRelation(c, v.service, 'members'),
        ...v.uuids.map((u) => cipKeys.userServices(c, u)),
      ],
      success: (v) =>
        v.action === 'add' ? t.membersAdded(v.uuids.length) : t.membersRemoved(v.uuids.length),
    },
    options,
  );
}

export type ChildrenVars = { service: string; children: readonly string[] };

/** S10 for one child, S11 for several (one call, so all or none). */
export function useAddChildren(options?: CipMutationOptions<void, ChildrenVars>) {
  const t = useServicesText();
  return useCipMutation(
    {
      run: async (c, v) => {
        const [only] = v.children;
        if (v.children.length === 1 && only !== undefined)
          await cipCall(c, 'addServiceChild', { params: { service: v.service, child: only } });
        else
          await cipCall(c, 'addServiceChildren', {
            params: { service: v.service },
            body: formBody({ child: v.children }),
          });
      },
      invalidates: allServices,
      success: (v) => t.childrenAdded(v.children.length),
    },
    options,
  );
}

/** S14 for one child, S15 (a POST) for several. */
export function useRemoveChildren(options?: CipMutationOptions<void, ChildrenVars>) {
  const t = useServicesText();
  return useCipMutation(
    {
      run: async (c, v) => {
        const [only] = v.children;
        if (v.children.length === 1 && only !== undefined)
          await cipCall(c, 'removeServiceChild', { params: { service: v.service, child: only } });
        else
          await cipCall(c, 'removeServiceChildren', {
            params: { service: v.service },
            body: formBody({ child: v.children }),
          });
      },
      invalidates: allServices,
      success: (v) => t.childrenRemoved(v.children.length),
    },
    options,
  );
}

export type ContainedVars = { service: string; contained: readonly string[] };

/** S12 for one, S13 for several; approvalProcess travels in the query, as the examples send it. */
export function useAddContained(
  options?: CipMutationOptions<void, ContainedVars & { approvalProcess: ApprovalProcess }>,
) {
  const t = useServicesText();
  return useCipMutation(
    {
      run: async (c, v) => {
        const [only] = v.contained;
        const query = { approvalProcess: v.approvalProcess };
        if (v.contained.length === 1 && only !== undefined)
          await cipCall(c, 'addContainedService', {
            params: { service: v.service, contained: only },
            query,
          });
        else
          await cipCall(c, 'addContainedServices', {
            params: { service: v.service },
            query,
            body: formBody({ containedService: v.contained }),
          });
      },
      invalidates: allServices,
      success: (v) => t.containedAdded(v.contained.length),
    },
    options,
  );
}

/** S16 for one, S17 (a POST) for several. */
export function useRemoveContained(options?: CipMutationOptions<void, ContainedVars>) {
  const t = useServicesText();
  return useCipMutation(
    {
      run: async (c, v) => {
        const [only] = v.contained;
        if (v.contained.length === 1 && only !== undefined)
          await cipCall(c, 'removeContainedService', { params: { service: v.service, contained: only } });
        else
          await cipCall(c, 'removeContainedServices', {
            params: { service: v.service },
            body: formBody({ containedService: v.contained }),
          });
      },
      invalidates: allServices,
      success: (v) => t.containedRemoved(v.contained.length),
    },
    options,
  );
}
