import { Route, Routes } from 'react-router';
import { SettingsShell } from '../settings/settings-shell';
import '../cip.css';
import '../settings/settings.css';

/** `/c/:id/settings/:instance/:section`; without them, the first instance's first section. */
export default function SettingsPage() {
  return (
    <Routes>
      <Route path="settings" element={<SettingsShell />} />
      <Route path="settings/:instance" element={<SettingsShell />} />
      <Route path="settings/:instance/:tab" element={<SettingsShell />} />
    </Routes>
  );
}
