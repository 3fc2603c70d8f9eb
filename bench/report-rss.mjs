// Preloaded into each measured process: reports its peak resident memory when it exits.
process.on('exit', () => {
  process.stderr.write(`\n__peak_rss_kb ${process.resourceUsage().maxRSS}\n`);
});
