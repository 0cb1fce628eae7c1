import { Route, Routes } from 'react-router';
import { TokensView } from '../tokens/tokens-view';
import '../cip.css';

/** `/c/:id/tokens/:type`: verification token types, their configuration, issuing and revoking. */
export default function TokensPage() {
  return (
    <Routes>
      <Route path="tokens/:type?" element={<TokensView />} />
    </Routes>
  );
}
