// npm run bench: times the full report against a bare csv-parse pass on synthetic exports of
// 10k, 100k and 1M rows, the start-up case, and several files read concurrently; checks that the
// report's totals equal what the generator wrote. Prints a Markdown table (kept in the README).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from './generate.mjs';

const BIN = new URL('../bin/social-roi.js', import.meta.url).pathname;
const FLOOR = new URL('./floor.mjs', import.meta.url).pathname;
const RSS = new URL('./report-rss.mjs', import.meta.url).href;
const EXAMPLE = new URL('../examples/september-2026/', import.meta.url).pathname;

// BENCH_MAX_ROWS=100000 leaves out the 1M-row cases, for a quick look.
const MAX_ROWS = Number(process.env.BENCH_MAX_ROWS ?? Infinity);
// The 1M-row case runs on Meta only (the widest rows), to keep the whole run within three minutes.
const PLAN = [
  { kind: 'meta', rows: 10_000, runs: 5 },
  { kind: 'linkedin', rows: 10_000, runs: 5 },
  { kind: 'google-ads', rows: 10_000, runs: 5 },
  { kind: 'meta', rows: 100_000, runs: 3 },
  { kind: 'linkedin', rows: 100_000, runs: 3 },
  { kind: 'google-ads', rows: 100_000, runs: 3 },
  { kind: 'meta', rows: 1_000_000, runs: 3 },
];

/** Runs node with `args`; `measureMemory` preloads a hook that reports peak RSS (it costs start-up time). */
function run(args, measureMemory = true) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [...(measureMemory ? ['--import', RSS] : []), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const rss = Number(/__peak_rss_kb (\d+)/.exec(stderr)?.[1] ?? 0) / 1024;
      if (code !== 0) reject(new Error(`${args.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
      else resolve({ seconds, rss, stdout });
    });
  });
}

/** Lines above the header in each generated export (the tool skips them before parsing). */
const PREAMBLE_LINES = { meta: 0, linkedin: 5, 'google-ads': 2 };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n, digits = 2) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function checkTotals(stdout, totals, label) {
  const report = JSON.parse(stdout);
  const spendCents = Math.round(report.total.metrics.spend * 100);
  if (spendCents !== totals.spend || report.total.metrics.impressions !== totals.impressions) {
    throw new Error(
      `${label}: totals differ from the generator's (spend ${spendCents} vs ${totals.spend}, impressions ${report.total.metrics.impressions} vs ${totals.impressions})`,
    );
  }
}

async function throughput(dir) {
  const lines = [
    '| export | rows | MB | report (median s) | rows/s | MB/s | peak RSS MB | csv-parse floor (s) | ratio |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { kind, rows, runs } of PLAN.filter((p) => p.rows <= MAX_ROWS)) {
    const path = join(dir, `${kind}-${rows}.csv`);
    const totals = await generate(kind, rows, path);
    const mb = statSync(path).size / 1e6;
    const full = [];
    const floor = [];
    let rss = 0;
    for (let i = 0; i < runs; i++) {
      floor.push((await run([FLOOR, path, String(PREAMBLE_LINES[kind])])).seconds);
      const result = await run([BIN, 'report', path, '--format', 'json', '--by', 'channel,campaign,month']);
      checkTotals(result.stdout, totals, `${kind} ${rows}`);
      full.push(result.seconds);
      rss = Math.max(rss, result.rss);
    }
    const wall = median(full);
    const base = median(floor);
    lines.push(
      `| ${kind} | ${rows.toLocaleString('en-US')} | ${fmt(mb, 1)} | ${fmt(wall)} | ${fmt(rows / wall, 0)} | ${fmt(mb / wall, 1)} | ${fmt(rss, 0)} | ${fmt(base)} | ${fmt(wall / base)}× |`,
    );
    console.error(lines.at(-1));
    rmSync(path);
  }
  return lines;
}

async function startup() {
  const bare = [];
  const example = [];
  for (let i = 0; i < 11; i++) {
    bare.push((await run(['-e', '0'], false)).seconds);
    example.push((await run([BIN, 'report', EXAMPLE], false)).seconds);
  }
  const [b, e] = [median(bare) * 1000, median(example) * 1000];
  return [`| start-up | \`node -e 0\` ${fmt(b, 0)} ms | bundled example report ${fmt(e, 0)} ms | ratio ${fmt(e / b)}× |`];
}

async function concurrency(dir) {
  const files = [];
  const totals = { spend: 0, impressions: 0 };
  for (let i = 0; i < 4; i++) {
    const path = join(dir, `client-${i}.csv`);
    const t = await generate('meta', 250_000, path, i + 7);
    totals.spend += t.spend;
    totals.impressions += t.impressions;
    files.push(path);
  }
  const sequential = [];
  const parallel = [];
  for (let i = 0; i < 2; i++) {
    const one = await run([BIN, 'report', ...files, '--format', 'json', '--jobs', '1']);
    const many = await run([BIN, 'report', ...files, '--format', 'json']);
    if (one.stdout !== many.stdout) throw new Error('concurrent and sequential reports differ');
    checkTotals(many.stdout, totals, '4 × 250k');
    sequential.push(one.seconds);
    parallel.push(many.seconds);
  }
  const [s, p] = [median(sequential), median(parallel)];
  return [`| 4 files × 250,000 rows | sequential ${fmt(s)} s | concurrent ${fmt(p)} s | speed-up ${fmt(s / p)}× (identical output) |`];
}

const dir = mkdtempSync(join(tmpdir(), 'social-roi-bench-'));
try {
  const started = Date.now();
  const table = await throughput(dir);
  const extra = ['', '| case | | | |', '|---|---|---|---|', ...(await startup()), ...(await concurrency(dir))];
  console.log([...table, ...extra].join('\n'));
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
