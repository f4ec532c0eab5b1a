import type { Server } from 'node:http';
/** Serves rootDir on host:port: gzip when asked, no CORS headers, no caching. */
export function startServer(rootDir: string, port: number, host?: string): Promise<Server>;
