/** Email types of the demo tenant; the seed names only type 1 ("Awaiting approval") and type 10 (a revocation). */
export const EMAIL_TYPES = [
  { id: 1, name: 'Awaiting approval' },
  { id: 2, name: 'Request approved' },
  { id: 3, name: 'Request rejected' },
  { id: 4, name: 'Password reset' },
  { id: 5, name: 'Password changed' },
  { id: 6, name: 'Username recovery' },
  { id: 7, name: 'Account claiming' },
  { id: 8, name: 'Registration pending' },
  { id: 9, name: 'Registration complete' },
  { id: 10, name: 'Membership revoked' },
] as const;

export const BRANDING_FILES: Record<number, { name: string; description: string; fileName: string }> = {
  2: { name: 'Logo image', description: 'Header logo', fileName: 'logo.png' },
  3: { name: 'Error icon', description: 'Header logo', fileName: 'error.png' },
  4: { name: 'Favorites icon', description: 'Icon shown in the browser', fileName: 'favicon.png' },
  5: {
    name: 'Form elements',
    description: 'Check box and radio button images',
    fileName: 'form-elements.png',
  },
  7: {
    name: 'Page background',
    description: 'Tiled background image for profile management',
    fileName: 'background.png',
  },
  8: { name: 'Data loading indicator', description: 'Data loading image', fileName: 'loading.png' },
  10: { name: 'Preloader image', description: 'Section is loading image', fileName: 'preloader.png' },
  11: {
    name: 'Search field icon',
    description: 'Autocomplete or search-enabled input field image',
    fileName: 'search-field.png',
  },
  12: { name: 'Searching icon', description: 'Search being performed image', fileName: 'searching.png' },
  13: { name: 'Success icon', description: 'Successful operation icon', fileName: 'success.png' },
  14: { name: 'Pages icon', description: 'Page icons on Self Service screens', fileName: 'pages.png' },
};

/** A 1×1 PNG stands in for every factory image. */
export const PLACEHOLDER_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
