import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazy chunks (QR renderer, editor stubs) can take more than the default second on a busy CI machine;
// waiting longer costs nothing when the element is already there.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
