import { createMemoryHistory, createMemoryHistoryStore } from './memory-store.ts';
import { historyStoreContract } from '../../../e2e/support/history-store/store-contract.ts';

historyStoreContract('in memory', async (cap) => {
  const history = createMemoryHistory();
  return {
    store: createMemoryHistoryStore({ cap, history }),
    connect: async () => createMemoryHistoryStore({ cap, history }),
    writeRaw: async (row) => void history.rows.set(String((row as { id?: unknown }).id), row),
  };
});
