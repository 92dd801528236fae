/// <reference types="office-js" />
/**
 * The add-in's entry: office.js comes from Microsoft's CDN (taskpane.html); React is mounted once
 * Office.onReady says where we are. Outside Excel, or in an Excel too old, a friendly explanation
 * is shown instead of a blank pane.
 */
import { createRoot } from 'react-dom/client';
import { officeConnector } from './connector/office-connector';
import { NoticeBoard } from './notices';
import { detectEnvironment, missingRequirement } from './office/environment';
import { todayUtc } from './office/today';
import { NotInExcel } from './ui/NotInExcel';
import { Pane } from './ui/Pane';
import { Root } from './ui/Root';

const WORKBENCH = /^(localhost|127\.0\.0\.1)$/.test(location.hostname) ? 'workbench.html' : undefined;

async function main(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const env = await detectEnvironment((globalThis as { Office?: Parameters<typeof detectEnvironment>[0] }).Office);
  if (env.kind !== 'excel') {
    root.render(
      <Root>
        <NotInExcel reason={env.kind} detail={env.kind === 'other-host' ? env.host : undefined} workbenchUrl={WORKBENCH} />
      </Root>,
    );
    return;
  }
  const missing = missingRequirement(env.capabilities);
  if (missing) {
    root.render(
      <Root>
        <NotInExcel reason="too-old" detail={missing} />
      </Root>,
    );
    return;
  }
  const notices = new NoticeBoard();
  root.render(
    <Root>
      <Pane connector={officeConnector(notices.add)} today={() => todayUtc()} notices={notices} />
    </Root>,
  );
}

void main();
