import { Route, Routes } from 'react-router';
import { CatalogList } from '../operations/catalog-list';
import { operationsCatalog } from '../operations/api';
import '../role.css';

/** `/c/:id/operations`: the operations a role may be authorized for on a resource. */
export default function OperationsPage() {
  return (
    <Routes>
      <Route path="operations" element={<CatalogList def={operationsCatalog} />} />
    </Routes>
  );
}
