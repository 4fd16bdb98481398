import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export function serve(options?: {
  port?: number;
  host?: string;
  headers?: (path: string) => Record<string, string>;
  route?: (url: URL, request: IncomingMessage, response: ServerResponse) => boolean | Promise<boolean>;
}): Promise<{ server: Server; url: string }>;
