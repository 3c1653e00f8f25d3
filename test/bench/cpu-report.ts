// In a server process of the bench (app or bare baseline): its CPU time, asked for by processes.ts serverCpu().
/** In a server process: answers the bench's 'cpu' message with this process's CPU time so far. */
export function reportCpuOnRequest(): void {
  process.on('message', (message) => {
    if (message !== 'cpu') return;
    const used = process.cpuUsage();
    process.send?.({ cpu: used.user + used.system, system: used.system });
  });
}
