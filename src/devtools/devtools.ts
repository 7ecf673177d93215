import { pageOrigin } from '../core/history/to-record.ts';
import { redactFinding, redactText } from '../core/redact/redact.ts';
import { DEFAULT_SETTINGS } from '../core/session/settings.ts';
import { createSession } from '../core/session/session.ts';
import { createDevtoolsPanel } from '../platform/devtools-panel.ts';
import { openHistoryStore } from '../platform/history-idb.ts';
import { browserNetworkSource, watchBrowserPageChanges } from '../platform/network.ts';
import { inspectsPrivateWindow } from '../platform/private-window.ts';
import { offerSession } from '../platform/session-bridge.ts';
import { loadSettings, onSettingsChanged } from '../platform/settings-storage.ts';
import { packEngine, type PackEngine } from '../core/packs/team-packs.ts';
import { packSet } from '../core/packs/pack-set.ts';
import { loadStoredPacks, onPacksChanged } from '../platform/pack-storage.ts';
import { startCapture } from './capture.ts';
import { createHistoryRecorder } from './history-recorder.ts';
import { reanalyzeSession } from './reanalyze.ts';

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

// Team packs from Settings → Packs: new requests are read with them, and the errors already listed
// are read again whenever the packs change (also once they are loaded: capture does not wait for them).
let engine: PackEngine = packEngine([]);
const applyPacks = async () => {
  const stored = await loadStoredPacks().catch(() => null);
  if (stored === null) return;
  engine = packEngine(packSet(stored).enabled);
  reanalyzeSession(session, engine);
};
void applyPacks();
onPacksChanged(() => void applyPacks());

const recorder = history.then(
  (store) =>
    store && createHistoryRecorder(store, { enabled: () => !privateWindow || settings.recordPrivate }),
);

startCapture(
  browserNetworkSource(),
  ({ finding, exchange }) => {
    session.add(finding, exchange);
    // Redacted here, before the write is queued: the recorder accepts nothing else.
    const origin = redactText(pageOrigin(exchange.requestHeaders));
    void recorder.then((r) => r?.record(redactFinding(finding), origin));
  },
  () => engine,
);

// Findings are kept across reloads and navigations, as with the Network panel's "Preserve log"; the
// list marks where the page changed.
watchBrowserPageChanges((change) => session.pageChanged(change));

void createDevtoolsPanel('Faultline', '/icons/icon-32.png', '/src/panel/panel.html', (panelWindow) =>
  offerSession(panelWindow, session),
);
