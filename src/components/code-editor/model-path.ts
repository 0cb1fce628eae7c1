import type { EditorLanguage } from './types';

const EXTENSIONS: Record<EditorLanguage, string> = {
  json: 'json',
  plaintext: 'txt',
  html: 'html',
  css: 'css',
};

/**
 * The model's URI for an editor: unique per mounted editor, since JSON schemas are matched by URI, and ending
 * in the language's extension, since that is what Monaco's language services key on.
 */
export const modelPath = (editorId: string, language: EditorLanguage) =>
  `inmemory://tessera/editor-${editorId.replace(/[^\w-]/g, '')}.${EXTENSIONS[language]}`;
