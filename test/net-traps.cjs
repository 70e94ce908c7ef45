// Traps for every way Node code reaches the network, for the tests that prove nothing leaves the machine.
// Plain CommonJS, because it is loaded three ways:
//   - require()d, for install(): traps in the calling thread (the integration suite uses it in the extension host);
//   - as a worker thread's entry, with workerData.netTrapTarget: it installs the traps first, then loads the
//     target (the extension's real lint worker, dist/worker.js), and reports each trapped call on
//     workerData.netTrapPort;
//   - as a script, `node test/net-traps.cjs WORKER_FILE < requests.json`: plays lint requests through a trapped
//     worker (see play()) and prints the replies and the trapped calls as JSON. The tests run it in a fresh
//     process with networking disabled.
'use strict';
const { Worker, MessageChannel, isMainThread, workerData, receiveMessageOnPort } = require('node:worker_threads');

/**
 * Replaces the functions that open connections, look names up or listen, in this thread. Each call is reported
 * to onCall(name, stack); then it throws, or with passThrough it goes on to the real function (for a shared
 * process, where other code's calls must still work). Returns a function that puts everything back.
 */
function install(onCall, { passThrough = false } = {}) {
  const restores = [];
  const report = (name) => {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 100;
    const stack = new Error(`network use: ${name}`).stack;
    Error.stackTraceLimit = limit;
    onCall(name, stack);
  };
  const wrap = (obj, key, name) => {
    if (!obj || typeof obj[key] !== 'function') return;
    const original = obj[key];
    const trapped = function (...args) {
      report(name);
      if (!passThrough) throw new Error(`network use: ${name}`);
      return new.target ? Reflect.construct(original, args, new.target) : original.apply(this, args);
    };
    obj[key] = trapped;
    restores.push(() => {
      if (obj[key] === trapped) obj[key] = original;
    });
  };
  const wrapAll = (obj, prefix, test) => {
    if (!obj) return;
    for (const key of Object.getOwnPropertyNames(obj)) {
      if (key !== 'constructor' && test(key) && typeof obj[key] === 'function') wrap(obj, key, `${prefix}.${key}`);
    }
  };
  const net = require('node:net');
  wrap(net.Socket.prototype, 'connect', 'net.Socket.connect');
  wrap(net, 'connect', 'net.connect');
  wrap(net, 'createConnection', 'net.createConnection');
  wrap(net, 'createServer', 'net.createServer');
  wrap(net.Server.prototype, 'listen', 'net.Server.listen');
  const dns = require('node:dns');
  const isLookup = (k) => k.startsWith('lookup') || (k.startsWith('resolve') && k !== 'Resolver') || k === 'reverse';
  wrapAll(dns, 'dns', isLookup);
  wrapAll(dns.Resolver && dns.Resolver.prototype, 'dns.Resolver', isLookup);
  wrapAll(dns.promises, 'dns.promises', isLookup);
  wrapAll(dns.promises.Resolver && dns.promises.Resolver.prototype, 'dns.promises.Resolver', isLookup);
  for (const mod of ['http', 'https']) {
    const m = require(`node:${mod}`);
    wrap(m, 'request', `${mod}.request`);
    wrap(m, 'get', `${mod}.get`);
    wrap(m, 'createServer', `${mod}.createServer`);
  }
  const http2 = require('node:http2');
  wrap(http2, 'connect', 'http2.connect');
  wrap(http2, 'createServer', 'http2.createServer');
  wrap(http2, 'createSecureServer', 'http2.createSecureServer');
  const tls = require('node:tls');
  wrap(tls, 'connect', 'tls.connect');
  wrap(tls, 'createServer', 'tls.createServer');
  const dgram = require('node:dgram');
  wrap(dgram, 'createSocket', 'dgram.createSocket');
  wrap(dgram.Socket.prototype, 'bind', 'dgram.Socket.bind');
  wrap(dgram.Socket.prototype, 'connect', 'dgram.Socket.connect');
  wrap(dgram.Socket.prototype, 'send', 'dgram.Socket.send');
  // The web platform's ways out, where this Node has them (fetch from Node 18, WebSocket from Node 22).
  for (const name of ['fetch', 'WebSocket', 'EventSource', 'XMLHttpRequest']) {
    const desc = Object.getOwnPropertyDescriptor(globalThis, name);
    if (!desc) continue;
    const holder = { [name]: globalThis[name] };
    wrap(holder, name, name);
    if (holder[name] === globalThis[name]) continue;
    Object.defineProperty(globalThis, name, { value: holder[name], writable: true, configurable: true, enumerable: desc.enumerable });
    restores.push(() => Object.defineProperty(globalThis, name, desc));
  }
  // The deprecated door to the socket bindings themselves.
  const binding = process.binding;
  process.binding = function (name) {
    if (/^(tcp_wrap|udp_wrap|pipe_wrap|cares_wrap|tls_wrap|js_stream|stream_wrap)$/.test(String(name))) {
      report(`process.binding(${name})`);
      if (!passThrough) throw new Error(`network use: process.binding(${name})`);
    }
    return binding.apply(this, arguments);
  };
  restores.push(() => (process.binding = binding));
  return () => {
    for (const restore of restores.reverse()) restore();
  };
}

/**
 * Starts `workerFile` in a worker thread whose first code installs the traps (throwing ones: nothing else runs
 * in that thread). Returns the Worker and calls(): the trapped calls so far, including every one made before it
 * was called (the worker reports each synchronously on its own port).
 */
function trappedWorker(workerFile, options = {}) {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(__filename, {
    ...options,
    workerData: { netTrapTarget: workerFile, netTrapPort: port2 },
    transferList: [port2],
  });
  const seen = [];
  const calls = () => {
    for (let m; (m = receiveMessageOnPort(port1)); ) seen.push(m.message);
    return seen.slice();
  };
  worker.once('exit', () => calls());
  return { worker, calls, close: () => port1.close() };
}

/**
 * Plays lint requests (the protocol of src/vscode/protocol.ts) through the trapped real worker, one at a time as
 * the extension's LintClient does: a `lint` waits for its reply, a `forget` has none. Resolves to the replies in
 * order and the trapped calls.
 */
async function play(workerFile, requests) {
  const { worker, calls, close } = trappedWorker(workerFile);
  const replies = [];
  let trapped;
  try {
    await new Promise((resolve, reject) => {
      worker.once('online', resolve);
      worker.once('error', reject);
    });
    for (const req of requests) {
      if (req.type === 'forget') {
        worker.postMessage(req);
        continue;
      }
      replies.push(
        await new Promise((resolve, reject) => {
          const onExit = (code) => reject(new Error(`the worker stopped (exit code ${code})`));
          const onMessage = (res) => {
            if (res.id !== req.id) return;
            worker.off('message', onMessage);
            worker.off('error', reject);
            worker.off('exit', onExit);
            resolve(res);
          };
          worker.on('message', onMessage);
          worker.once('error', reject);
          worker.once('exit', onExit);
          worker.postMessage(req);
        }),
      );
    }
  } catch (e) {
    // A trap that threw can take the lint down with it: say what was trapped, not only how the lint failed.
    const seen = calls();
    if (seen.length && e instanceof Error) e.message += `\ntrapped calls:\n${seen.map((t) => t.stack).join('\n\n')}`;
    throw e;
  } finally {
    await worker.terminate();
    trapped = calls();
    close();
  }
  return { replies, trapped };
}

if (!isMainThread && workerData && workerData.netTrapTarget) {
  const port = workerData.netTrapPort;
  install((name, stack) => port.postMessage({ name, stack }));
  require(workerData.netTrapTarget);
} else if (require.main === module) {
  const chunks = [];
  process.stdin.on('data', (c) => chunks.push(c));
  process.stdin.on('end', async () => {
    const out = await play(process.argv[2], JSON.parse(Buffer.concat(chunks).toString('utf8')));
    process.stdout.write(JSON.stringify(out));
  });
}

module.exports = { install, trappedWorker, play };
