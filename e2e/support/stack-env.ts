/** Where the e2e stack listens and the first admin's password it is started with. */
export const E2E_PORT = Number(process.env.TESSERA_E2E_PORT ?? 4173);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_ADMIN_USER = 'admin';
/** The bootstrap password; the first sign-in forces a change (see e2e/support for the helpers). */
export const E2E_ADMIN_PASSWORD = 'e2e-bootstrap-Password-1';
