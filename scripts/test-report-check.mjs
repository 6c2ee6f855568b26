// Reads the TAP report of a test run and fails when any test started but never reported its verdict: a lost
// report must make the run red, not shorter. Usage: node scripts/test-report-check.mjs <tap file>
import { readFileSync } from 'node:fs';

const lines = readFileSync(process.argv[2], 'utf8').split('\n');
const open = []; // [indent, name, line number] of subtests awaiting their ok / not ok line
let summary = false;
for (let i = 0; i < lines.length; i++) {
  const start = /^( *)# Subtest: (.*)$/.exec(lines[i]);
  if (start) {
    open.push([start[1].length, start[2], i + 1]);
    continue;
  }
  const end = /^( *)(?:not )?ok \d+ - /.exec(lines[i]);
  if (end && open.length > 0 && open[open.length - 1][0] === end[1].length) open.pop();
  if (/^# tests \d+$/.test(lines[i])) summary = true;
}
const problems = open.map(([, name, at]) => `  "${name}" (started at line ${at}) never reported`);
if (!summary) problems.push('  the run printed no summary');
if (problems.length > 0) {
  console.error(`test report incomplete: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
