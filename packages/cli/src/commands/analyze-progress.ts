/** A one-line progress bar on stderr, redrawn at most once per whole percent. */
export function progressBar(total: number): { update: (done: number) => void; done: () => void } {
  let shown = -1;
  const width = 30;
  return {
    update(done) {
      const percent = Math.min(100, Math.floor((done / total) * 100));
      if (percent === shown) return;
      shown = percent;
      const filled = Math.round((percent / 100) * width);
      process.stderr.write(
        `\rreading [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${percent}%`,
      );
    },
    done() {
      if (shown >= 0) process.stderr.write('\r\x1b[K');
    },
  };
}
