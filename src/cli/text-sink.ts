const FLUSH_AT = 64 * 1024;

/**
 * Text written to a stream as it is produced: gathered into writes of about 64 KB, and a full pipe
 * (a slow `| less`, a full disk) pauses the producer instead of piling up in memory.
 */
export function createTextSink(out: NodeJS.WritableStream) {
  let pending = '';
  const flush = async () => {
    if (pending === '') return;
    const ready = out.write(pending);
    pending = '';
    if (!ready) await new Promise<void>((resolve) => out.once('drain', resolve));
  };
  return {
    async write(text: string): Promise<void> {
      pending += text;
      if (pending.length >= FLUSH_AT) await flush();
    },
    flush,
  };
}
