import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One fenced code block of a markdown file. */
export interface CodeBlock {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The info string's first word, lower-cased ('' for an untagged block). */
  lang: string;
  body: string;
  /** The reason of a `<!-- docs-test: skip — REASON -->` comment right above the fence, if any. */
  skip?: string;
}

export const SHELL = new Set(['sh', 'bash', 'shell']);
export const SCRIPT = new Set(['js', 'javascript', 'mjs', 'ts', 'typescript']);

/** The markdown files the docs test covers: README.md and every docs/**.md. */
export function docFiles(repoRoot: string): string[] {
  const out = [join(repoRoot, 'README.md')];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.md')) out.push(join(dir, e.name));
    }
  };
  walk(join(repoRoot, 'docs'));
  return out;
}

const SKIP = /^<!--\s*docs-test:\s*skip\s*(?:—|-|:)\s*(.*?)\s*-->$/;

/** Every fenced block (``` or ~~~, CommonMark's rule: the closing fence is at least as long as the opening). */
export function codeBlocks(path: string, repoRoot: string): CodeBlock[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const file = relative(repoRoot, path);
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^`\s]*)/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, info] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = new RegExp(`^\\s*${fence![0] === '`' ? '`' : '~'}{${fence!.length},}\\s*$`);
      if (close.test(lines[j]!)) break;
      body.push(lines[j]!.startsWith(indent!) ? lines[j]!.slice(indent!.length) : lines[j]!);
    }
    let k = i - 1;
    while (k >= 0 && lines[k]!.trim() === '') k--;
    const skip = k >= 0 ? SKIP.exec(lines[k]!.trim())?.[1] : undefined;
    blocks.push({ file, line: i + 1, lang: (info ?? '').toLowerCase(), body: body.join('\n'), skip });
    i = j;
  }
  return blocks;
}

/** A block whose first line names a repository file (`// docs/examples/counter.js`): it shows that file. */
export function includedFile(b: CodeBlock): string | undefined {
  return /^(?:\/\/|#)\s*((?:docs|tests|scripts|x)\/[\w./-]+\.\w+)\s*$/.exec(b.body.split('\n')[0] ?? '')?.[1];
}

/** An untagged block that holds commands: it should say it is shell (and then it runs). */
export function looksLikeCommands(b: CodeBlock): boolean {
  const first = b.body.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  return first !== undefined && /^\s*(npx |triviumd |curl |npm |node |cast |solana )/.test(first);
}
