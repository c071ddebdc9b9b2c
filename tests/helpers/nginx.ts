import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { freePort } from './embeddedPostgres.mjs'

export const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx'
export const hasNginx = (): boolean => fs.existsSync(NGINX)

export type Nginx = {
  base: string
  port: number
  errorLog: () => string
  stop: () => Promise<void>
}

/**
 * Debian's nginx in front of the given upstream ports, as deploy/nginx.conf does it for a province,
 * in the foreground with a generated configuration in a temporary prefix (nothing under /etc).
 */
export const startNginx = async (upstreamPorts: number[]): Promise<Nginx> => {
  const port = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-nginx-'))
  // As root, nginx's workers run as `nobody`: they must be able to use the temp paths.
  fs.chmodSync(dir, 0o777)
  const conf = path.join(dir, 'nginx.conf')
  fs.writeFileSync(
    conf,
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream newsroom {
${upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=0;`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 25m;
    location / {
      proxy_pass http://newsroom;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout;
    }
  }
}
`,
  )
  let output = ''
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', conf], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const exited = new Promise<void>((r) => child.once('exit', () => r()))
  const errorLog = () => {
    try {
      return output + fs.readFileSync(path.join(dir, 'error.log'), 'utf8')
    } catch {
      return output
    }
  }
  const deadline = Date.now() + 30_000
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.end()
        resolve(true)
      })
      s.on('error', () => resolve(false))
    })
    if (open) break
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`nginx did not start:\n${errorLog()}`)
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    errorLog,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        // SIGTERM is nginx's fast shutdown.
        child.kill('SIGTERM')
        await exited
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
