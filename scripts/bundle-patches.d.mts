// Types of scripts/bundle-patches.mjs (plain JavaScript: the build runs without the TypeScript loader).
import type { Plugin } from 'esbuild';

/** The esbuild plugin that makes two dependencies' top-level tables on first use (issue 17). */
export const lazyTables: Plugin;
