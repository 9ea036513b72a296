// Validate GLB/glTF files with the Khronos glTF-Validator and print the reports as one JSON array.
// Usage: node gltf_validate.mjs TOOLS_DIR FILE...  (TOOLS_DIR holds node_modules/gltf-validator)
import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const [toolsDir, ...files] = process.argv.slice(2);
// Resolve the package from TOOLS_DIR rather than from this script's folder.
const require = createRequire(path.join(path.resolve(toolsDir), "package.json"));
const validator = require("gltf-validator");

const reports = [];
for (const file of files) {
  const data = new Uint8Array(readFileSync(file));
  reports.push(
    await validator.validateBytes(data, {
      uri: path.basename(file),
      maxIssues: 0,
      writeTimestamp: false,
      // External images (a pack's GLBs name its shared maps by relative URI) are loaded from the
      // GLB's folder, so the validator checks them as an engine importer would.
      externalResourceFunction: (uri) =>
        readFile(path.join(path.dirname(file), decodeURIComponent(uri))).then((b) => new Uint8Array(b)),
    }),
  );
}
process.stdout.write(JSON.stringify(reports));
