import { Route, Routes } from 'react-router';
import { CatalogList } from '../operations/catalog-list';
import { scopesCatalog } from '../scopes/api';
import '../role.css';

/** `/c/:id/scopes`: the scopes role assignments are made in. */
export default function ScopesPage() {
  return (
    <Routes>
      <Route path="scopes" element={<CatalogList def={scopesCatalog} />} />
    </Routes>
  );
}
