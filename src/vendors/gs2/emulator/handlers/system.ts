import { EmptyRequestSchema, ServiceVersionResultSchema } from '../../wire';
import { defineRoute } from '../operation';

/** The version this emulator reports; the real service's numbering is not published. */
export const SERVICE_VERSION = '2024.11.15-emulator';

export const systemRoutes = [
  defineRoute({
    name: 'getServiceVersion',
    method: 'GET',
    path: '/system/version',
    component: 'system',
    request: EmptyRequestSchema,
    result: ServiceVersionResultSchema,
    run: () => ({ item: SERVICE_VERSION }),
  }),
];
