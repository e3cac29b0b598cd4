/**
 * A worker thread of validateContentInParallel: checks its share of the files
 * with the same function validateContent uses, and sends the results back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkEntryFile, type FileJob } from './validateContent.ts';

const { jobs, label, render } = workerData as { jobs: FileJob[]; label: string; render: boolean };
const renderer = render ? (await import('../safety/renderBody.ts')).renderBody : undefined;
parentPort!.postMessage(jobs.map((job) => checkEntryFile(job, label, renderer)));
