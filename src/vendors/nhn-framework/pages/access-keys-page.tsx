import { Route, Routes } from 'react-router';
import { AccessKeys } from '../credentials/access-keys';
import '../nhn.css';

/** `/c/:id/access-keys`: the connection account's own user access keys. */
export default function AccessKeysPage() {
  return (
    <Routes>
      <Route path="access-keys" element={<AccessKeys />} />
    </Routes>
  );
}
