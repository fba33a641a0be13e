import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BlockResult {
  /** stdout and stderr, interleaved as printed. */
  output: string;
  /** The exit status of the block's last command. */
  status: number;
}

/**
 * One bash process that runs blocks one after the other, as a reader pasting them into one terminal: variables and
 * functions a block defines are there for the next. Each block is written to a file and sourced with its stdin
 * closed, so that a command reading stdin cannot swallow the blocks after it.
 */
export class ShellSession {
  private readonly bash: ChildProcessWithoutNullStreams;
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-guide-'));
  private buffer = '';
  private exited: string | null = null;
  private waiting: (() => void) | null = null;
  private count = 0;

  constructor(options: { cwd: string; env: Record<string, string> }) {
    this.bash = spawn('bash', ['--noprofile', '--norc'], { cwd: options.cwd, env: options.env });
    const onData = (chunk: string) => {
      this.buffer += chunk;
      this.waiting?.();
    };
    // Decoded as a stream: a character split between two chunks stays whole.
    this.bash.stdout.setEncoding('utf8');
    this.bash.stderr.setEncoding('utf8');
    this.bash.stdout.on('data', onData);
    this.bash.stderr.on('data', onData);
    this.bash.on('exit', (code, signal) => {
      this.exited = `bash exited (${signal ?? code})`;
      this.waiting?.();
    });
  }

  async run(script: string, timeoutMs = 30_000): Promise<BlockResult> {
    if (this.exited) throw new Error(this.exited);
    const file = path.join(this.dir, `block-${++this.count}.sh`);
    fs.writeFileSync(file, script + '\n');
    const marker = `__guide_block_done_${randomUUID()}__`;
    this.buffer = '';
    this.bash.stdin.write(`{ source '${file}'; } </dev/null 2>&1; printf '\\n%s %d\\n' '${marker}' "$?"\n`);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = this.buffer.indexOf(`\n${marker} `);
      if (at >= 0) {
        const rest = this.buffer.slice(at + marker.length + 2);
        const newline = rest.indexOf('\n');
        if (newline >= 0) {
          return { output: this.buffer.slice(0, at), status: Number(rest.slice(0, newline)) };
        }
      }
      if (this.exited) throw new Error(`${this.exited} while running the block; it printed:\n${this.buffer}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`the block did not finish in ${timeoutMs} ms; it printed:\n${this.buffer}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiting = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.waiting = null;
    }
  }

  close(): void {
    if (!this.exited) this.bash.kill('SIGKILL');
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
