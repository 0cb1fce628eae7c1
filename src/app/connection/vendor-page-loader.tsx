import { Suspense, use, type ComponentType } from 'react';
import type { VendorPage } from '@/vendors/manifest-types';
import { useShellText } from '../shell-text';

const loads = new WeakMap<VendorPage, Promise<{ default: ComponentType }>>();

/** Starts a vendor page's chunk download once; later renders reuse the same promise. */
function loadOnce(page: VendorPage): Promise<{ default: ComponentType }> {
  let p = loads.get(page);
  if (!p) {
    p = page.load();
    loads.set(page, p);
  }
  return p;
}

function PageBody({ page }: { page: VendorPage }) {
  const { default: Page } = use(loadOnce(page));
  return <Page />;
}

/** Renders a vendor page from its lazy module; a failed download reaches the route's error boundary. */
export function VendorPageLoader({ page }: { page: VendorPage }) {
  const t = useShellText();
  return (
    <Suspense fallback={<p className="loading">{t.loading}</p>}>
      <PageBody page={page} />
    </Suspense>
  );
}
