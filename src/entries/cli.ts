#!/usr/bin/env node
import { main } from '../cli/main';

main(process.argv);
