/**
 * `npm run workbench`: SaferPlan's real task pane in a plain browser page, on an in-memory Excel
 * loaded from an .xlsx (the bundled sample by default), so anyone can try it without Excel and
 * the browser tests can drive it.
 */
import { createRoot } from 'react-dom/client';
import { Root } from '../taskpane/ui/Root';
import { readParams } from './params';
import { Workbench } from './Workbench';

const params = readParams(location.search);
createRoot(document.getElementById('root')!).render(
  <Root theme={params.theme}>
    <Workbench params={params} />
  </Root>,
);
