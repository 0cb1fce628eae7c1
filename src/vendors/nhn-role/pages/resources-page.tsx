import { Route, Routes } from 'react-router';
import { ResourcesView } from '../resources/resources-view';
import '../role.css';
import '../resources/resources.css';

/** `/c/:id/resources` is the tree; `/c/:id/resources/:resourceId` opens one resource beside it. */
export default function ResourcesPage() {
  return (
    <Routes>
      <Route path="resources/:resourceId?" element={<ResourcesView />} />
    </Routes>
  );
}
