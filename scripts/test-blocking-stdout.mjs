// Preloaded into every test process (scripts/test.sh). Each test file runs in a child that streams its results to
// the runner over a pipe; with --test-force-exit the child exits as soon as its last test ends, and on Linux a pipe
// write that would block is queued, so the queued frames (the file's last verdicts) were lost while the run still
// exited 0 (nodejs/node#64833; seen here as 5–23 of 597 tests missing from a green run). Blocking writes leave
// nothing queued at exit.
process.stdout._handle?.setBlocking?.(true);
