import { Route, Routes } from 'react-router';
import { AttributesList } from '../attributes/attributes-list';
import '../role.css';

/** `/c/:id/attributes`: the condition attributes role assignments can be restricted with. */
export default function AttributesPage() {
  return (
    <Routes>
      <Route path="attributes" element={<AttributesList />} />
    </Routes>
  );
}
