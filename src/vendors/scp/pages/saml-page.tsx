import { Link, Route, Routes } from 'react-router';
import { useConnectionHref } from '@/lib/connection-context';
import { ScpPage } from '../shared/scp-page';
import { SamlPage } from '../saml/saml-detail';
import { SamlList } from '../saml/saml-list';
import { useSamlText } from '../saml/saml-text';
import { SamlUpload } from '../saml/saml-upload';
import '../scp.css';

function NewSaml() {
  const t = useSamlText();
  const href = useConnectionHref();
  return (
    <ScpPage title={t.newTitle} description={<Link to={href('saml')}>{t.back}</Link>}>
      <SamlUpload />
    </ScpPage>
  );
}

/** `saml` lists providers; `saml/new` uploads metadata; `saml/:id` shows the parsed fields and the XML. */
export default function SamlProvidersPage() {
  return (
    <Routes>
      <Route path="saml" element={<SamlList />} />
      <Route path="saml/new" element={<NewSaml />} />
      <Route path="saml/:samlProviderId" element={<SamlPage />} />
    </Routes>
  );
}
