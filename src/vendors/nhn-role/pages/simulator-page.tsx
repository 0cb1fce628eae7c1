import { SimulatorView } from '../simulator/simulator-view';
import '../role.css';

/** `/c/:id/simulator`: the access check, its explanation and "who can". */
export default function SimulatorPage() {
  return <SimulatorView />;
}
