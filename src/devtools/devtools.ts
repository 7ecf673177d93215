import { createSession } from '../core/session.ts';
import { createDevtoolsPanel } from '../platform/devtools-panel.ts';
import { createNetworkSource } from '../platform/network.ts';
import { offerSession } from '../platform/session-bridge.ts';
import { startCapture } from './capture.ts';

// Capture starts here, when DevTools opens, not when the panel is first shown.
const session = createSession();
startCapture(createNetworkSource(), ({ finding, exchange }) => session.add(finding, exchange));

void createDevtoolsPanel('Faultline', '/icons/icon-32.png', '/src/panel/panel.html', (panelWindow) =>
  offerSession(panelWindow, session),
);
