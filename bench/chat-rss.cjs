// Preloaded into each measured process (`node --require`): reports its peak resident set size
// and the CPU time it used (user + system, all threads), which a busy machine disturbs less
// than wall-clock time.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(
    `\n__peak_rss_kb=${usage.maxRSS} __cpu_us=${usage.userCPUTime + usage.systemCPUTime}\n`,
  );
});
