#!/usr/bin/env node
/**
 * Writes the JSON Schema of `Article` (from src/types.ts, doc comments included) to
 * `<out dir>/schema.json`, shipped as `onrecord/schema.json`, and that of a site rules file to
 * `<out dir>/rules.schema.json` (`onrecord/rules.schema.json`). Run by `npm run build` after tsup.
 *
 *   node scripts/build-schema.mjs [out dir]     (default: $ONRECORD_OUT_DIR or dist)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = process.argv[2] ?? process.env.ONRECORD_OUT_DIR ?? join(root, 'dist');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** The schema of one exported type of a source file, doc comments included. */
const schemaOf = (source, type) =>
  createGenerator({
    path: join(root, source),
    tsconfig: join(root, 'tsconfig.json'),
    type,
    // tsc already checks the project; the generator only needs the declarations.
    skipTypeCheck: true,
    additionalProperties: false,
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    sortProps: true,
  }).createSchema(type);

const generated = schemaOf('src/types.ts', 'Article');
const schema = {
  $schema: generated.$schema,
  title: 'onrecord Article',
  description: `The output of onrecord ${version}'s extract(): one article page read. See the README's output-stability policy.`,
  $ref: generated.$ref,
  definitions: generated.definitions,
};

// The rules file of `onrecord --rules FILE`: a list of SiteRule.
const rules = schemaOf('src/rules/types.ts', 'SiteRule');
const rulesSchema = {
  $schema: rules.$schema,
  title: 'onrecord site rules',
  description: `Site rules for onrecord ${version}: the file \`onrecord --rules FILE\` reads, and what ExtractOptions.rules takes. See the README's "Site rules".`,
  type: 'array',
  items: { $ref: '#/definitions/SiteRule' },
  definitions: rules.definitions,
};

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
writeFileSync(join(outDir, 'rules.schema.json'), `${JSON.stringify(rulesSchema, null, 2)}\n`);
