import type { Server } from 'node:http';

export function serve(options?: {
  port?: number;
  host?: string;
  headers?: (path: string) => Record<string, string>;
}): Promise<{ server: Server; url: string }>;
