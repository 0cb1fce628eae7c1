import { Route, Routes } from 'react-router';
import { ConfigView } from '../config/config-view';
import '../role.css';

/** `/c/:id/config`: trailing-slash policy, cache settings and the cache purge. */
export default function ConfigPage() {
  return (
    <Routes>
      <Route path="config" element={<ConfigView />} />
    </Routes>
  );
}
