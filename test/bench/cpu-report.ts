// In a server process of the bench (app or bare baseline): its CPU time and memory, asked for by processes.ts
// serverCpu() and serverMemory(); and its event loop's delay between 'loop-start' and 'loop-stop' (serverLoopDelay).
import { type IntervalHistogram, monitorEventLoopDelay } from 'node:perf_hooks';

/** In a server process: answers the bench's 'cpu' message with this process's CPU time so far, 'memory' with process.memoryUsage(). */
export function reportCpuOnRequest(): void {
  let loop: IntervalHistogram | undefined;
  process.on('message', (message) => {
    if (message === 'cpu') {
      const used = process.cpuUsage();
      process.send?.({ cpu: used.user + used.system, system: used.system });
    } else if (message === 'memory') process.send?.({ memory: process.memoryUsage() });
    else if (message === 'loop-start') {
      loop?.disable();
      loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      process.send?.({ loopStarted: true });
    } else if (message === 'loop-stop' && loop) {
      loop.disable();
      const ms = (ns: number) => ns / 1e6;
      process.send?.({
        loopDelay: {
          max: ms(loop.max),
          p99: ms(loop.percentile(99)),
          mean: ms(loop.mean),
          count: loop.count,
        },
      });
      loop = undefined;
    }
  });
}
