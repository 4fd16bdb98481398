/// <reference types="node" />
/**
 * A worker thread of the batch pool (batch.ts): parses each file it is sent and answers with
 * the result, or with why the file could not be read. It lives across files, so mammoth and
 * pdf.js are imported once per worker (the module cache keeps them), not once per file.
 */
import { parentPort } from 'node:worker_threads';
import type { Answer, Job } from './batch.js';
import { FileError } from './parse/file.js';
import { nodeReaders, parseReportFile } from './parse/node.js';

const readers = nodeReaders();
const port = parentPort;
if (!port) throw new Error('batch-worker.js runs as a worker thread of the batch pool');

port.on('message', async ({ index, file }: Job) => {
  let answer: Answer;
  try {
    answer = { index, result: await parseReportFile(file, readers) };
  } catch (error) {
    if (error instanceof FileError) answer = { index, error: error.message, problem: error.problem };
    // A missing or unreadable path (ENOENT, EACCES, EISDIR) says so itself; anything else is a
    // parser failure, named with its type.
    else if (error instanceof Error) answer = { index, error: 'code' in error ? error.message : `${error.name}: ${error.message}` };
    else answer = { index, error: String(error) };
  }
  port.postMessage(answer);
});
