/**
 * The README's Worker and Lambda handler are the files the runtime tests run (examples/), word for word, so the
 * worked examples users copy are the ones tested.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers.js';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
/** Every ```js block of the README, by its first line. */
const blocks = [...readme.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);

describe.each(['worker.js', 'handler.mjs'])('the README example examples/%s', (file) => {
  it('is in the README word for word', () => {
    const example = readFileSync(new URL(`examples/${file}`, import.meta.url), 'utf8');
    const firstLine = example.split('\n')[0]!;
    expect(blocks.find((block) => block.startsWith(firstLine))).toBe(example);
  });
});
