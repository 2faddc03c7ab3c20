/**
 * Editors show a type's and a field's doc comment on hover: every export of the package and every
 * field of its types carries one, and the JSON Schema (dist/schema.json) carries the same text as
 * `description`, so the two never drift apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPackage, REPO_ROOT } from './helpers/built-package.js';

interface Documented {
  name: string;
  doc: string;
  fields: Array<{ name: string; doc: string }>;
}

/** Every export of src/index.ts with its doc comment and, for object types, its fields' doc comments. */
function documentedExports(): Documented[] {
  const entry = join(REPO_ROOT, 'src/index.ts');
  const program = ts.createProgram([entry], { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry)!;
  const docOf = (symbol: ts.Symbol) => ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  return checker.getExportsOfModule(checker.getSymbolAtLocation(source)!).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const fields: Documented['fields'] = [];
    if (symbol.flags & ts.SymbolFlags.Interface) {
      for (const member of checker.getDeclaredTypeOfSymbol(symbol).getProperties()) fields.push({ name: member.name, doc: docOf(member) });
    }
    return { name: exported.name, doc: docOf(symbol), fields };
  });
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

let exportsWithDocs: Documented[];
let definitions: Record<string, { description?: string; properties?: Record<string, { description?: string }> }>;

beforeAll(async () => {
  exportsWithDocs = documentedExports();
  definitions = JSON.parse(readFileSync(join((await builtPackage()).distDir, 'schema.json'), 'utf8')).definitions;
}, 300_000);

describe('doc comments', () => {
  it('document every export of the package and every field of its types', () => {
    expect(exportsWithDocs.map((exported) => exported.name)).toEqual(expect.arrayContaining(['extract', 'Article', 'Quote', 'Warning']));
    const missing: string[] = [];
    for (const exported of exportsWithDocs) {
      if (!exported.doc) missing.push(exported.name);
      for (const field of exported.fields) if (!field.doc) missing.push(`${exported.name}.${field.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('say what the fields users ask about hold', () => {
    const article = exportsWithDocs.find((exported) => exported.name === 'Article')!;
    const doc = (name: string) => article.fields.find((field) => field.name === name)?.doc;
    expect(doc('title')).toMatch(/headline/);
    expect(doc('publishedAt')).toMatch(/ISO 8601/);
    expect(doc('quotes')).toMatch(/quotes/i);
  });

  it('reach the JSON Schema as descriptions, word for word', () => {
    const checked: string[] = [];
    for (const exported of exportsWithDocs) {
      const definition = definitions[exported.name];
      if (!definition) continue; // not part of Article (ExtractOptions, the functions)
      expect(normalise(definition.description ?? ''), exported.name).toBe(normalise(exported.doc));
      for (const field of exported.fields) {
        expect(normalise(definition.properties?.[field.name]?.description ?? ''), `${exported.name}.${field.name}`).toBe(normalise(field.doc));
        checked.push(`${exported.name}.${field.name}`);
      }
    }
    expect(checked).toEqual(expect.arrayContaining(['Article.title', 'Article.publishedAt', 'Quote.speaker', 'Embed.platform', 'Warning.code']));
  });
});

describe('open literal unions', () => {
  it('list the known Warning codes and Embed platforms in the schema, and still accept new strings', () => {
    const code = definitions['Warning']!.properties!['code'] as { anyOf?: Array<{ type: string; enum?: string[] }> };
    const platform = definitions['Embed']!.properties!['platform'] as { anyOf?: Array<{ type: string; enum?: string[] }> };
    expect(code.anyOf?.find((branch) => branch.enum)?.enum).toEqual(expect.arrayContaining(['input-truncated', 'invalid-option', 'platform-page']));
    expect(platform.anyOf?.find((branch) => branch.enum)?.enum).toEqual(expect.arrayContaining(['twitter', 'youtube', 'bluesky']));
    for (const union of [code, platform]) expect(union.anyOf).toContainEqual({ type: 'string' });
    const types = readFileSync(join(REPO_ROOT, 'src/types.ts'), 'utf8');
    expect(types).toMatch(/code:\s*\|\s*'input-truncated'[^;]*\| \(string & \{\}\);/);
    expect(types).toMatch(/platform:\s*\|\s*'twitter'[^;]*\| \(string & \{\}\);/);
  });
});
