import type { VendorId } from '../vendors/ids';
import type { EmulatorFactory } from './types';

/**
 * Lazy loaders of each vendor's emulator, so `npm run emulator -- gs2` loads one vendor only. A vendor
 * whose emulator has not been written yet is simply absent.
 */
export const emulatorLoaders: Partial<Record<VendorId, () => Promise<EmulatorFactory>>> = {
  gs2: () => import('../vendors/gs2/emulator').then((m) => m.createEmulator),
  'ibm-cip': () => import('../vendors/ibm-cip/emulator').then((m) => m.createEmulator),
  'nhn-framework': () => import('../vendors/nhn-framework/emulator').then((m) => m.createEmulator),
  'nhn-role': () => import('../vendors/nhn-role/emulator').then((m) => m.createEmulator),
  scp: () => import('../vendors/scp/emulator').then((m) => m.createEmulator),
};
