import { Presets, SingleBar } from 'cli-progress';
import type { ImportProgress } from '../modules/catalogue/cpsv/import';

const PHASES: Record<ImportProgress['phase'], string> = {
  read: 'Reading',
  validate: 'Validating',
  write: 'Writing',
};

/** A progress bar on a terminal; elsewhere (a log, a pipe) one plain line per phase and per tenth of the work. */
export function progressReporter(stream: NodeJS.WritableStream & { isTTY?: boolean }) {
  let phase: ImportProgress['phase'] | undefined;
  let lastTenth = -1;
  const bar = stream.isTTY
    ? new SingleBar(
        { stream, format: '{phase} [{bar}] {value}/{total}', hideCursor: true },
        Presets.shades_classic,
      )
    : undefined;

  return {
    update(p: ImportProgress): void {
      if (bar) {
        if (p.phase !== phase) {
          if (phase) bar.stop();
          bar.start(p.total, p.done, { phase: PHASES[p.phase].padEnd(10) });
        } else bar.update(p.done);
        phase = p.phase;
        return;
      }
      const tenth = p.total === 0 ? 10 : Math.floor((p.done / p.total) * 10);
      if (p.phase !== phase || (tenth !== lastTenth && p.done > 0)) {
        stream.write(`${PHASES[p.phase]} ${p.done}/${p.total}\n`);
      }
      phase = p.phase;
      lastTenth = tenth;
    },
    stop(): void {
      bar?.stop();
    },
  };
}
