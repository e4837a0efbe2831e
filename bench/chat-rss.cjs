// Preloaded into each measured process (`node --require`): reports its peak resident set size.
process.on('exit', () => {
  process.stderr.write(`\n__peak_rss_kb=${process.resourceUsage().maxRSS}\n`);
});
