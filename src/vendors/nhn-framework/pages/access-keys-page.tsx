import { Route, Routes } from 'react-router';
import { AccessKeys } from '../credentials/access-keys';
import { CredentialsLayout } from '../credentials/credentials-layout';
import { KeyTokens } from '../credentials/key-tokens';
import { OrgCredentials } from '../credentials/org-credentials';
import '../nhn.css';

/**
 * `/c/:id/access-keys`: the connection account's own keys; `access-keys/members` the org's inventory;
 * `access-keys/:keyId/tokens` the tokens of one own key.
 */
export default function AccessKeysPage() {
  return (
    <Routes>
      <Route
        path="access-keys"
        element={
          <CredentialsLayout tab="own">
            <AccessKeys />
          </CredentialsLayout>
        }
      />
      <Route
        path="access-keys/members"
        element={
          <CredentialsLayout tab="members">
            <OrgCredentials />
          </CredentialsLayout>
        }
      />
      <Route path="access-keys/:keyId/tokens" element={<KeyTokens />} />
    </Routes>
  );
}
