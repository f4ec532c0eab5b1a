/** Runs a command for the build and test scripts; resolves to its exit code. */
import { spawn } from 'node:child_process';

/** With quiet, the output is held back and printed when the command ends, so that it does not interleave with another's. */
export function run(command, args, { quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', shell: process.platform === 'win32' });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('close', (code) => {
      if (output) process.stdout.write(output);
      resolve(code ?? 1);
    });
  });
}
