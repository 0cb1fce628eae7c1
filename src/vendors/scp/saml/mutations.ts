import { scpCall } from '../client';
import { useScpMutation, type ScpMutationOptions } from '../queries/use-scp-mutation';
import { samlApi, samlKeys } from './api';
import { useSamlText } from './saml-text';

export type UploadVars = { name: string; description: string; file: File };

/** The metadata goes as SCP takes it: multipart, with the file part as uploaded. */
export function useCreateSamlProvider(
  options?: ScpMutationOptions<{ id: string; saml_provider_name?: string | null | undefined }, UploadVars>,
) {
  const t = useSamlText();
  return useScpMutation(
    {
      run: (c, v) => {
        const form = new FormData();
        form.set('saml_provider_name', v.name);
        form.set('federation_type', 'SAML');
        if (v.description) form.set('description', v.description);
        form.set('file', v.file, v.file.name);
        return scpCall(c, samlApi.create, { body: form });
      },
      invalidates: (c) => [samlKeys.root(c)],
      success: (v) => t.created(v.name),
    },
    options,
  );
}

/** SCP has no single delete: one or many go through the bulk call, all or nothing. */
export function useDeleteSamlProviders(options?: ScpMutationOptions<unknown, { ids: string[] }>) {
  const t = useSamlText();
  return useScpMutation(
    {
      run: (c, v) => scpCall(c, samlApi.removeMany, { json: { ids: v.ids } }),
      update: (c, v, qc) => {
        for (const id of v.ids) qc.removeQueries({ queryKey: samlKeys.one(c, id) });
      },
      invalidates: (c) => [samlKeys.root(c)],
      success: (v) => t.deleted(v.ids.length),
    },
    options,
  );
}
