import { Route, Routes } from 'react-router';
import { MatrixView } from '../matrix/matrix-page';
import '../gs2.css';

/** `/c/:id/attachments`: the user × policy matrix. */
export default function MatrixPage() {
  return (
    <Routes>
      <Route path="attachments" element={<MatrixView />} />
    </Routes>
  );
}
