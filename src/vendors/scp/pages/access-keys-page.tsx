import { Route, Routes } from 'react-router';
import { KeysList } from '../access-keys/keys-list';
import { RotationWizard } from '../access-keys/rotation-wizard';
import '../scp.css';

/** `/access-keys` lists keys; `/access-keys/rotate/:keyId?step=…&new=…` is a rotation that survives a reload. */
export default function AccessKeysPage() {
  return (
    <Routes>
      <Route path="access-keys" element={<KeysList />} />
      <Route path="access-keys/rotate/:keyId" element={<RotationWizard />} />
    </Routes>
  );
}
