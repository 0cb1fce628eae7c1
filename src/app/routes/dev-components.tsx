import './dev-components/dev-components.css';
import { FormDemo } from './dev-components/form-demo';
import { StatesDemo } from './dev-components/states-demo';
import { ConfirmDemo } from './dev-components/confirm-demo';
import { SecretDemo } from './dev-components/secret-demo';
import { TableDemo } from './dev-components/table-demo';
import { EditorDemo } from './dev-components/editor-demo';
import { MatrixDemo } from './dev-components/matrix-demo';
import { MfaDemo } from './dev-components/mfa-demo';

/** A gallery of the shared components for development builds only; production builds drop this route. */
export function DevComponentsPage() {
  return (
    <section className="page stack" aria-labelledby="dev-title">
      <h1 id="dev-title">Components</h1>
      <FormDemo />
      <StatesDemo />
      <ConfirmDemo />
      <SecretDemo />
      <TableDemo />
      <EditorDemo />
      <MatrixDemo />
      <MfaDemo />
    </section>
  );
}

export default DevComponentsPage;
