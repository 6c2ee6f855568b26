import { readFileSync } from 'node:fs';

/** CPU seconds (user + system) a process has used, from /proc: the node side of a benchmark. */
export function processCpuSec(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

/** CPU seconds this process (the load generator) has used. */
export function selfCpuSec(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** Resident set of a process, MiB. */
export const rssMiB = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
