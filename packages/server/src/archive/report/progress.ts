import { SingleBar } from 'cli-progress';

/** Reports how far the current file is: a bar on a terminal, a line every few seconds otherwise. */
export interface Progress {
  update(fileBytesRead: number, records: number): void;
  stop(): void;
}

const LINE_INTERVAL_MS = 5000;

export function createProgress(
  label: string,
  fileBytes: number,
  log: (line: string) => void,
  interactive: boolean,
): Progress {
  const started = Date.now();
  if (interactive) {
    const bar = new SingleBar({
      format: `${label} [{bar}] {percentage}% | {records} records | {rate} records/s | ETA {eta_formatted}`,
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    });
    bar.start(Math.max(fileBytes, 1), 0, { records: 0, rate: 0 });
    return {
      update(bytes, records) {
        const seconds = Math.max((Date.now() - started) / 1000, 0.001);
        bar.update(bytes, { records, rate: Math.round(records / seconds) });
      },
      stop() {
        bar.update(Math.max(fileBytes, 1));
        bar.stop();
      },
    };
  }
  let lastLine = started;
  return {
    update(bytes, records) {
      const now = Date.now();
      if (now - lastLine < LINE_INTERVAL_MS) return;
      lastLine = now;
      const seconds = (now - started) / 1000;
      const rate = records / seconds;
      const share = fileBytes > 0 ? bytes / fileBytes : 0;
      const eta = share > 0 ? Math.round(seconds / share - seconds) : null;
      log(
        `${label}: ${Math.round(share * 100)}%, ${records} records, ${Math.round(rate)} records/s` +
          (eta === null ? '' : `, about ${eta}s left`),
      );
    },
    stop() {},
  };
}
