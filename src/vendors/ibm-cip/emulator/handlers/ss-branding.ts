import { BRANDING_FILE_IDS, BrandingFilesResponseSchema, BrandingResponseSchema } from '../../wire';
import type { Ctx } from '../config';
import { fail } from '../errors';
import type { BrandingUpload, InstanceDoc } from '../model';
import { parseBoolean, parseInteger, readInput, required, type Input } from '../params';
import { okWrapped, send, SUCCESS } from '../respond';
import { BRANDING_FILES, PLACEHOLDER_PNG } from '../selfservice/catalogues';
import { instanceFromQuery, saveInstance } from '../selfservice/instances';
import type { Routes } from './route';

const MAX_UPLOAD_BYTES = 1024 * 1024;

function fileId(input: Input): number {
  const id = parseInteger(required(input, 'fileId'), 'fileId', 1);
  if (!(BRANDING_FILE_IDS as readonly number[]).includes(id))
    throw fail.invalid(`There is no branding file ${id}`, { fileId: 'unknown branding file' });
  return id;
}

function upload(ctx: Ctx, slot: 'current' | 'ie9') {
  return async (input: Input) => {
    const inst = instanceFromQuery(ctx, input);
    const id = fileId(input);
    const file = input.file('file');
    if (!file) throw fail.missing('file');
    // Branding files are images; anything else is refused (CIP-UNDOC).
    if (!file.type.startsWith('image/'))
      throw fail.invalid('The branding file must be an image', { file: 'must be an image' });
    if (file.size === 0 || file.size > MAX_UPLOAD_BYTES)
      throw fail.invalid('The branding file must hold 1 byte to 1 MB', { file: 'size out of range' });
    const stored: BrandingUpload = {
      contentType: file.type,
      fileName: file.name,
      base64: Buffer.from(await file.arrayBuffer()).toString('base64'),
    };
    const files: InstanceDoc['brandingFiles'] = {
      ...inst.brandingFiles,
      [id]: { ...inst.brandingFiles[id], [slot]: stored },
    };
    saveInstance(ctx, { ...inst, brandingFiles: files });
  };
}

export const ssBrandingRoutes: Routes = (app, ctx) => {
  // The one call that answers a file rather than JSON.
  app.get('/ss/getBrandingFile', async (c) => {
    const input = await readInput(c);
    const inst = instanceFromQuery(ctx, input);
    const id = fileId(input);
    const original = parseBoolean(input.get('downloadOriginal'), 'downloadOriginal', false);
    const current = original ? undefined : inst.brandingFiles[id]?.current;
    const bytes = current ? Buffer.from(current.base64, 'base64') : PLACEHOLDER_PNG;
    return c.body(new Uint8Array(bytes), 200, { 'Content-Type': current?.contentType ?? 'image/png' });
  });

  app.get('/ss/getBrandingFiles', async (c) => {
    const inst = instanceFromQuery(ctx, await readInput(c));
    const files = BRANDING_FILE_IDS.map((id) => {
      const meta = BRANDING_FILES[id] ?? { name: '', description: '', fileName: '' };
      const slot = inst.brandingFiles[id];
      return {
        fileId: id,
        ...meta,
        fileName: slot?.current?.fileName ?? meta.fileName,
        contentType: slot?.current?.contentType ?? 'image/png',
        customized: slot?.current !== undefined,
        ie9Customized: slot?.ie9 !== undefined,
      };
    });
    return send(c, BrandingFilesResponseSchema, { status: SUCCESS, files });
  });

  app.get('/ss/getBranding', async (c) => {
    const inst = instanceFromQuery(ctx, await readInput(c));
    return send(c, BrandingResponseSchema, { status: SUCCESS, brandingDataMap: inst.brandingVariables });
  });

  const current = upload(ctx, 'current');
  const ie9 = upload(ctx, 'ie9');
  app.post('/ss/uploadBrandingFile', async (c) => {
    await current(await readInput(c));
    return okWrapped(c);
  });
  app.post('/ss/uploadBrandingFile/IE9', async (c) => {
    await ie9(await readInput(c));
    return okWrapped(c);
  });
};
