// nginx as the intranet runs it, for e2e/real/nginx.spec.ts: the fenced ```nginx block of
// docs/deploy.md, word for word but for the folder and the origins, inside a minimal nginx.conf
// whose prefix, temporary folders, pid and logs all live in a temporary directory. nginx runs in
// the foreground (`daemon off;`) as a child of the test worker, and is stopped by its pid.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';

export const DEPLOY_GUIDE = 'docs/deploy.md';
/** The sub-path of the guide's block, and of every other end-to-end test (playwright.config.ts). */
export const SUB_PATH = '/apps/industry/';
/** What the guide's placeholders become here: only the folder and the origins. */
const GUIDE_FOLDER = '/srv/www/industry/';
const GUIDE_ORIGINS: Record<string, string> = {
  // The data API of the other end-to-end tests (playwright.config.ts).
  'https://stats.intranet.example': 'https://stats.example',
  'https://portal.intranet.example': 'https://portal.example',
};

/** The one fenced ```nginx block of the deployment guide, as a reader copies it. */
export function guideBlock(markdown = readFileSync(DEPLOY_GUIDE, 'utf8')): string {
  const blocks = [...markdown.matchAll(/^```nginx\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
  if (blocks.length !== 1) throw new Error(`${DEPLOY_GUIDE} must have exactly one \`\`\`nginx block (the one the tests serve), found ${blocks.length}`);
  return blocks[0] ?? '';
}

/** The guide's block with its folder and origins replaced; each placeholder must be there. */
export function localBlock(folder: string, block = guideBlock()): string {
  const replacements: [string, string][] = [[GUIDE_FOLDER, `${folder.replace(/\/+$/, '')}/`], ...Object.entries(GUIDE_ORIGINS)];
  let out = block;
  for (const [from, to] of replacements) {
    if (!out.includes(from)) throw new Error(`the nginx block of ${DEPLOY_GUIDE} no longer names ${from}; update e2e/real/nginx.ts with the guide`);
    out = out.split(from).join(to);
  }
  return out;
}

const SBIN = ['/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin'];
const INSTALL = 'Install it with `apt-get install nginx-light` (Debian; CI does this in .ci/run), or set NGINX to the path of an nginx binary.';

/** The nginx binary: $NGINX, else the first on PATH or in the usual sbin folders (not on a user's PATH). */
export function findNginx(): string {
  const fromEnv = process.env.NGINX;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`NGINX=${fromEnv} is not an executable file. ${INSTALL}`);
  }
  const dirs = [...(process.env.PATH ?? '').split(delimiter).filter(Boolean), ...SBIN];
  const found = dirs.map((dir) => join(dir, 'nginx')).find(isExecutable);
  if (found) return found;
  throw new Error(
    `nginx is not installed (not on PATH, nor in ${SBIN.join(', ')}), and e2e/real/nginx.spec.ts serves the build ` +
      `with nginx and the configuration of ${DEPLOY_GUIDE}. ${INSTALL}`,
  );
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** mime.types beside the nginx.conf this nginx was built for (Debian: /etc/nginx/mime.types). */
function mimeTypes(nginx: string): string {
  // nginx -V prints its build options on stderr.
  const { stdout, stderr } = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(`${stdout}${stderr}`)?.[1] ?? '/etc/nginx/nginx.conf';
  const candidates = [join(dirname(confPath), 'mime.types'), '/etc/nginx/mime.types'];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`no mime.types found for ${nginx} (looked at ${candidates.join(', ')})`);
  return found;
}

export interface Nginx {
  /** http://127.0.0.1:<port>/apps/industry/ */
  url: string;
  origin: string;
  /** The served copy of the build: tests may edit it. */
  site: string;
  /** The CSP the guide's block sends here (its origins replaced). */
  csp: string;
  /** The nginx.conf it runs with. */
  conf: string;
  logs(): string;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
// A worker that exits without its fixtures' teardown must not leave nginx holding the port.
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** nginx serving a fresh copy of `dist` with the guide's block on 127.0.0.1:port. */
export async function startNginx({ port, dist }: { port: number; dist: string }): Promise<Nginx> {
  const nginx = findNginx();
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html does not exist: build first (npx vite build)`);
  const root = mkdtempSync(join(tmpdir(), 'industry-nginx-'));
  // Run as root, nginx's workers drop to an unprivileged user, who must be able to read the copy.
  chmodSync(root, 0o755);
  const site = join(root, 'site');
  cpSync(resolve(dist), site, { recursive: true });
  const block = localBlock(site);
  const csp = /add_header Content-Security-Policy "([^"]+)"/.exec(block)?.[1];
  if (!csp) throw new Error(`the nginx block of ${DEPLOY_GUIDE} sends no Content-Security-Policy`);
  const errorLog = join(root, 'error.log');
  const accessLog = join(root, 'access.log');
  const conf = join(root, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${join(root, 'nginx.pid')};
lock_file ${join(root, 'nginx.lock')};
error_log ${errorLog} warn;
events { worker_connections 128; }
http {
    include ${mimeTypes(nginx)};
    default_type application/octet-stream;
    types_hash_max_size 2048;
    access_log ${accessLog};
    client_body_temp_path ${join(root, 'client_body')};
    proxy_temp_path ${join(root, 'proxy')};
    fastcgi_temp_path ${join(root, 'fastcgi')};
    uwsgi_temp_path ${join(root, 'uwsgi')};
    scgi_temp_path ${join(root, 'scgi')};
    server {
        listen 127.0.0.1:${port};
        server_name localhost;

# ---- ${DEPLOY_GUIDE}, its folder and origins replaced
${block}
# ----
    }
}
`,
  );
  const child = spawn(nginx, ['-p', `${root}/`, '-c', conf, '-e', errorLog], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  void exited.then(() => running.delete(child));
  const logs = () => [output, existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''].filter(Boolean).join('\n');
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      // TERM is nginx's fast shutdown: the master stops its worker and removes its pid file.
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(root, { recursive: true, force: true });
  };

  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}${SUB_PATH}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const message = `nginx stopped at once (port ${port} taken? see NGINX_PORT):\n${logs()}`;
      await stop();
      throw new Error(message);
    }
    if (await answers(url)) break;
    if (Date.now() > deadline) {
      const message = `nginx did not answer ${url} within 10 s:\n${logs()}`;
      await stop();
      throw new Error(message);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, origin, site, csp, conf, logs, stop };
}

function answers(url: string): Promise<boolean> {
  return new Promise((done) => {
    const req = request(url, { method: 'HEAD', timeout: 1_000 }, (res) => {
      res.resume();
      done(res.statusCode === 200);
    });
    req.on('error', () => done(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent: still compressed when Content-Encoding says so. */
  body: Buffer;
}

/** A plain HTTP request, no browser, no decompression: what curl would see. */
export function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}
