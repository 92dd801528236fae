#!/usr/bin/env node
// The installed `saferplan` command: runs the TypeScript CLI through tsx's loader.
require('tsx/cjs');
require('./main.ts').main(process.argv.slice(2));
