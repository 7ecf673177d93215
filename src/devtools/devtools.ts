import { pageOrigin } from '../core/history/to-record.ts';
import { redactFinding, redactText } from '../core/redact/redact.ts';
import { DEFAULT_SETTINGS } from '../core/session/settings.ts';
import { createSession } from '../core/session/session.ts';
import { createDevtoolsPanel } from '../platform/devtools-panel.ts';
import { openHistoryStore } from '../platform/history-idb.ts';
import { createNetworkSource } from '../platform/network.ts';
import { inspectsPrivateWindow } from '../platform/private-window.ts';
import { offerSession } from '../platform/session-bridge.ts';
import { loadSettings, onSettingsChanged } from '../platform/settings-storage.ts';
import { startCapture } from './capture.ts';
import { createHistoryRecorder } from './history-recorder.ts';

// Capture starts here, when DevTools opens, not when the panel is first shown. The history is written
// from here too, so it is kept whether or not the panel is ever opened.
const session = createSession();
let settings = DEFAULT_SETTINGS;
const privateWindow = inspectsPrivateWindow();
const history = openHistoryStore({ cap: settings.historyCap }).catch(() => null);

const applySettings = async () => {
  settings = await loadSettings().catch(() => settings);
  (await history)?.setCap(settings.historyCap);
};
void applySettings();
onSettingsChanged(() => void applySettings());

const recorder = history.then(
  (store) =>
    store && createHistoryRecorder(store, { enabled: () => !privateWindow || settings.recordPrivate }),
);

startCapture(createNetworkSource(), ({ finding, exchange }) => {
  session.add(finding, exchange);
  // Redacted here, before the write is queued: the recorder accepts nothing else.
  const origin = redactText(pageOrigin(exchange.requestHeaders));
  void recorder.then((r) => r?.record(redactFinding(finding), origin));
});

void createDevtoolsPanel('Faultline', '/icons/icon-32.png', '/src/panel/panel.html', (panelWindow) =>
  offerSession(panelWindow, session),
);
