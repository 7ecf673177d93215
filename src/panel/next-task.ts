/**
 * Resolves in a new task, once the browser has had its turn to handle input and paint. A message
 * rather than setTimeout, which nested calls clamp to 4 ms each.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
