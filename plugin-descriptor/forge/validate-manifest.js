// Validates manifest.yml offline with Atlassian's own @forge/manifest package (full validation:
// the schema, modules, resources, remotes and scopes), as `forge lint` would. Exits 1 on any error.
'use strict';
const path = require('path');
const { validate } = require('@forge/manifest');

async function main() {
  process.chdir(__dirname);
  const result = await validate(false, path.join(__dirname, 'manifest.yml'));
  if (!result.success) {
    for (const error of result.errors || []) {
      const at = error.reference ? ` (${error.reference})` : '';
      console.error(`manifest.yml${error.line ? ':' + error.line : ''}: ${error.message}${at}`);
    }
    console.error('manifest.yml: INVALID');
    process.exit(1);
  }
  console.log('manifest.yml: valid');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
