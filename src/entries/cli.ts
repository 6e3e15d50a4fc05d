#!/usr/bin/env node
import { main } from '../cli/main';

// `postman-sigv4 print prerequest | head`: a reader that stops early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

void main(process.argv);
