/** Loopback ports for test servers and benchmarks. */
import net from 'node:net';

/** A loopback port nobody listens on right now (the OS picks it; free until someone binds it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
