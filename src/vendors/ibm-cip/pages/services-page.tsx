import { Route, Routes } from 'react-router';
import { ServicesBrowser } from '../services/services-browser';
import '../cip.css';

/** `/c/:id/services` is the hierarchy; `/c/:id/services/:service/:tab` one service beside it. */
export default function ServicesPage() {
  return (
    <Routes>
      <Route path="services" element={<ServicesBrowser />} />
      <Route path="services/:service/:tab?" element={<ServicesBrowser />} />
    </Routes>
  );
}
