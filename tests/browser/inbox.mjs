// Starts the help_inbox ticket server (the native build) on a free loopback
// port with a temporary database, for tests that need a real endpoint.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const inboxBinary = process.env.INBOX_BIN || join(repoRoot, 'build/native-debug/help_inbox');

// `allowOrigin`: one origin or a list, allowed to post from a browser.
// Resolves once the server prints its listening line.
export async function startInbox({ allowOrigin = [], maxBody } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'help-inbox-'));
  const args = ['--port', '0', '--db', join(dir, 'inbox.sqlite')];
  for (const origin of [].concat(allowOrigin)) args.push('--allow-origin', origin);
  if (maxBody) args.push('--max-body', String(maxBody));
  const child = spawn(inboxBinary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));

  const origin = await new Promise((resolveOrigin, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error('help_inbox did not start: ' + stderr)), 15000);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = stdout.match(/inbox listening on (http:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        resolveOrigin(match[1]);
      }
    });
    child.once('error', (error) => { clearTimeout(timer); reject(error); });
    exited.then(({ code }) => { clearTimeout(timer); reject(new Error(`help_inbox exited (${code}): ${stderr}`)); });
  });

  return {
    origin,
    endpoint: `${origin}/api/help/tickets`,
    // Tickets received, newest first, read through the HTTP API.
    async rows() {
      const response = await fetch(`${origin}/api/help/tickets`);
      return (await response.json()).tickets;
    },
    async ticket(reference) {
      const response = await fetch(`${origin}/api/help/tickets/${encodeURIComponent(reference)}`);
      return response.status === 200 ? response.json() : null;
    },
    stderr: () => stderr,
    // Stops the server and removes its database; resolves with how it exited.
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const result = await exited;
      rmSync(dir, { recursive: true, force: true });
      return result;
    },
  };
}
