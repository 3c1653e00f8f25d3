// In a server process of the bench (app or bare baseline): its CPU time and memory, asked for by processes.ts
// serverCpu() and serverMemory().
/** In a server process: answers the bench's 'cpu' message with this process's CPU time so far, 'memory' with process.memoryUsage(). */
export function reportCpuOnRequest(): void {
  process.on('message', (message) => {
    if (message === 'cpu') {
      const used = process.cpuUsage();
      process.send?.({ cpu: used.user + used.system, system: used.system });
    } else if (message === 'memory') process.send?.({ memory: process.memoryUsage() });
  });
}
