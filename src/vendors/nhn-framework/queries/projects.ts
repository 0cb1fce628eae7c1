import { nhnCall, type NhnResult } from '../client';
import { useNhnText } from '../nhn-text';
import { nhnKeys } from './keys';
import { useNhnMutation, type NhnMutationOptions } from './use-nhn-mutation';

type CreateVars = { orgId: string; projectName: string; description?: string | undefined };
type DeleteVars = { projectId: string; projectName: string };

export function useCreateProject(options?: NhnMutationOptions<NhnResult<'createProject'>, CreateVars>) {
  const t = useNhnText();
  return useNhnMutation(
    {
      run: (c, { orgId, ...body }) => nhnCall(c, 'createProject', { params: { orgId }, json: body }),
      invalidates: (c) => [nhnKeys.projects(c)],
      success: (v) => t.projectCreated(v.projectName),
    },
    options,
  );
}

export function useDeleteProject(options?: NhnMutationOptions<NhnResult<'deleteProject'>, DeleteVars>) {
  const t = useNhnText();
  return useNhnMutation(
    {
      run: (c, v) => nhnCall(c, 'deleteProject', { params: { projectId: v.projectId } }),
      update: (c, v, qc) => {
        qc.removeQueries({ queryKey: [c, 'nhn-framework', 'project', v.projectId] });
      },
      invalidates: (c) => [nhnKeys.projects(c)],
      success: (v) => t.projectDeleted(v.projectName),
    },
    options,
  );
}
