import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** CPU seconds (user + system) a process has used, from /proc: the node side of a benchmark. */
export function processCpuSec(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

/** CPU seconds (user + system) of a process's main thread (its first task): what bounds a single-threaded node. */
export function mainThreadCpuSec(pid: number): number {
  const f = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

/** CPU seconds this process (the load generator) has used. */
export function selfCpuSec(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** Resident set of a process, MiB. */
export const rssMiB = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** A benchmark's node process: its CometBFT RPC port, whether it has exited, and a stop that waits for the exit. */
export interface RunningNode {
  proc: ChildProcess;
  rpcPort: number;
  exited: () => boolean;
  stop: () => Promise<void>;
}

/**
 * Watches a spawned node (stderr piped): its last 4 KB of stderr are printed if it exits with a code other than 0
 * or one of `okCodes` (a Go binary's 143 after SIGTERM); `echo` copies stderr through as it comes.
 */
export function runningNode(proc: ChildProcess, rpcPort: number, name: string, o: { okCodes?: number[]; echo?: boolean } = {}): RunningNode {
  let stderr = '';
  let exited = false;
  proc.stderr!.on('data', (c) => {
    stderr = (stderr + c).slice(-4000);
    if (o.echo) process.stderr.write(c);
  });
  const exit = new Promise<void>((r) =>
    proc.once('exit', (code) => {
      exited = true;
      if (code && code !== 0 && !o.okCodes?.includes(code)) process.stderr.write(`${name} exited with ${code}: ${stderr}\n`);
      r();
    }),
  );
  return {
    proc,
    rpcPort,
    exited: () => exited,
    stop: async () => {
      if (!exited) proc.kill('SIGTERM');
      await exit;
    },
  };
}

/**
 * A process's main thread from /proc/PID/schedstat, ms at ns precision: its time on a CPU and its time runnable
 * but waiting for one (what other processes on a busy machine add to a start-up's wall time).
 */
export function mainThreadSchedMs(pid: number): { onCpu: number; waiting: number } {
  const [run, wait] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ').map(Number);
  return { onCpu: run! / 1e6, waiting: wait! / 1e6 };
}
