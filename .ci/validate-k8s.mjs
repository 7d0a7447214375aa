#!/usr/bin/env node
// Renders every kustomize overlay under deploy/k8s/overlays and validates every object offline:
//  - core Kubernetes kinds with kubernetes-models (the Kubernetes OpenAPI schemas, compiled with ajv),
//  - CloudNativePG Cluster/Database with @kubernetes-models/cloudnative-pg (the CRDs' openAPIV3Schema),
//  - prometheus-operator ServiceMonitor/PrometheusRule with @kubernetes-models/prometheus-operator (same),
//  - Strimzi KafkaTopic/KafkaUser and the Barman Cloud plugin's ObjectStore with the schemas in .ci/k8s-schemas (ajv),
// and, because these packages accept any extra property, checks for unknown fields against
// the same packages' type declarations (TypeScript compiler API): what the API server's strict field
// validation (kubectl's default) would refuse. Any error, or a kind without a schema, fails the run.
//
// Rendering: `kubectl kustomize` (kustomize v5 inside kubectl >= 1.27). Override with
// KUSTOMIZE="kustomize build" to use a standalone kustomize.
//
// Usage: node .ci/validate-k8s.mjs [overlay-dir ...]   (default: every deploy/k8s/overlays/*)
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import Ajv from "ajv";
import addFormats from "ajv-formats";
import ts from "typescript";
import { parseAllDocuments } from "yaml";

const ciDir = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(ciDir, "..");
const modules = path.join(ciDir, "node_modules");

// ---- which schema validates which kind -------------------------------------------------------------
// Core groups come from kubernetes-models; CRD groups from the packages or files named here.
const crdPackages = {
  "postgresql.cnpg.io/v1": "@kubernetes-models/cloudnative-pg",
  "monitoring.coreos.com/v1": "@kubernetes-models/prometheus-operator",
};
const jsonSchemaKinds = {
  "kafka.strimzi.io/v1beta2/KafkaTopic": "kafka.strimzi.io_v1beta2_KafkaTopic.json",
  "kafka.strimzi.io/v1beta2/KafkaUser": "kafka.strimzi.io_v1beta2_KafkaUser.json",
  "barmancloud.cnpg.io/v1/ObjectStore": "barmancloud.cnpg.io_v1_ObjectStore.json",
};

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
ajv.addVocabulary(["x-kubernetes-preserve-unknown-fields"]);
const schemaDir = path.join(ciDir, "k8s-schemas");
ajv.addSchema(JSON.parse(readFileSync(path.join(schemaDir, "objectmeta.json"), "utf8")));
const jsonValidators = Object.fromEntries(
  Object.entries(jsonSchemaKinds).map(([key, file]) => [
    key,
    ajv.compile(JSON.parse(readFileSync(path.join(schemaDir, file), "utf8"))),
  ]),
);

function modelPackage(apiVersion) {
  if (crdPackages[apiVersion]) return crdPackages[apiVersion];
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  // Core kinds: the API groups of Kubernetes itself (no dot, or *.k8s.io).
  if (group === "" || !group.includes(".") || group.endsWith(".k8s.io")) return "kubernetes-models";
  return null;
}

async function loadModel(apiVersion, kind) {
  const pkg = modelPackage(apiVersion);
  if (!pkg) return null;
  const declarations = path.join(modules, pkg, apiVersion, `${kind}.d.ts`);
  if (!existsSync(declarations)) return null;
  const mod = await import(`${pkg}/${apiVersion}`);
  return mod[kind] ? { Model: mod[kind], declarations } : null;
}

// ---- unknown fields, from the models' type declarations ---------------------------------------------
let checker = null;
const rootTypes = new Map();

function prepareTypes(declarationFiles) {
  const program = ts.createProgram(declarationFiles, {
    noEmit: true,
    skipLibCheck: true,
    types: [],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  });
  // An import that does not resolve would turn a whole subtree into `any` and hide unknown fields.
  const problems = ts.getPreEmitDiagnostics(program).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (problems.length) {
    for (const d of problems) console.error(`ERROR type declarations: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
    process.exit(2);
  }
  checker = program.getTypeChecker();
  for (const file of declarationFiles) {
    const source = program.getSourceFile(file);
    const kind = path.basename(file, ".d.ts");
    const iface = source?.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === `I${kind}`);
    if (!iface) throw new Error(`no interface I${kind} in ${file}`);
    rootTypes.set(file, checker.getTypeAtLocation(iface.name));
  }
}

function unknownFields(value, type, where, errors) {
  if (value === null || typeof value !== "object") return; // scalar types: the schema validator's job
  type = checker.getNonNullableType(type);
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return; // free-form (preserve-unknown-fields)
  const members = type.isUnion() ? type.types : [type];
  if (Array.isArray(value)) {
    const array = members.find((m) => checker.isArrayType(m));
    if (array) {
      const element = checker.getTypeArguments(array)[0];
      value.forEach((item, i) => unknownFields(item, element, `${where}[${i}]`, errors));
    }
    return;
  }
  const objects = members.filter((m) => m.flags & ts.TypeFlags.Object && !checker.isArrayType(m));
  for (const [key, item] of Object.entries(value)) {
    let next = null;
    for (const m of objects) {
      const property = m.getProperty(key);
      if (property) {
        next = checker.getTypeOfSymbol(property);
        break;
      }
      const index = checker.getIndexTypeOfType(m, ts.IndexKind.String);
      if (index) {
        next = index;
        break;
      }
    }
    if (objects.length && !next) errors.push(`${where}/${key}: unknown field`);
    else if (next) unknownFields(item, next, `${where}/${key}`, errors);
  }
}

// ---- rendering ----------------------------------------------------------------------------------------
const renderCommand = (process.env.KUSTOMIZE || "kubectl kustomize").split(/\s+/);

function renderer() {
  try {
    if (renderCommand[0] === "kubectl") {
      const out = execFileSync("kubectl", ["version", "--client"], { encoding: "utf8" });
      return out.split("\n").filter(Boolean).join(", ");
    }
    return execFileSync(renderCommand[0], ["version"], { encoding: "utf8" }).trim();
  } catch (e) {
    console.error(`k8s: cannot run ${renderCommand.join(" ")}: ${e.message}`);
    process.exit(2);
  }
}

function render(dir) {
  return execFileSync(renderCommand[0], [...renderCommand.slice(1), dir], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
}

// ---- main -----------------------------------------------------------------------------------------------
const overlaysRoot = path.join(repo, "deploy/k8s/overlays");
const overlays = process.argv.length > 2
  ? process.argv.slice(2).map((d) => path.resolve(d))
  : readdirSync(overlaysRoot, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(path.join(overlaysRoot, d.name, "kustomization.yaml")))
      .map((d) => path.join(overlaysRoot, d.name));

console.log(`k8s: rendering with ${renderCommand.join(" ")} (${renderer()})`);

const rendered = [];
let errorCount = 0;
const report = (where, message) => {
  errorCount++;
  console.error(`ERROR ${where}: ${message}`);
};

for (const dir of overlays) {
  const name = path.relative(repo, dir);
  let text;
  try {
    text = render(dir);
  } catch (e) {
    report(name, `kustomize failed: ${(e.stderr || e.message).toString().trim()}`);
    continue;
  }
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) {
      report(name, `YAML: ${doc.errors.map((e) => e.message).join("; ")}`);
      continue;
    }
    const object = doc.toJSON();
    if (object) rendered.push({ overlay: name, object });
  }
}

// Load the models of every kind that occurs, then build one TypeScript program for their declarations.
const models = new Map();
for (const { object } of rendered) {
  const key = `${object.apiVersion}/${object.kind}`;
  if (!models.has(key) && !jsonValidators[key]) models.set(key, await loadModel(object.apiVersion, object.kind));
}
prepareTypes([...new Set([...models.values()].filter(Boolean).map((m) => m.declarations))]);

const kinds = new Map();
for (const { overlay, object } of rendered) {
  const key = `${object.apiVersion}/${object.kind}`;
  const where = `${overlay} ${object.kind}/${object.metadata?.name ?? "?"}`;
  kinds.set(object.kind, (kinds.get(object.kind) || 0) + 1);
  if (jsonValidators[key]) {
    const validate = jsonValidators[key];
    if (!validate(object)) {
      for (const e of validate.errors) {
        const detail = e.keyword === "additionalProperties" ? `unknown field ${e.params.additionalProperty}` : e.message;
        report(where, `${e.instancePath || "/"}: ${detail}`);
      }
    }
    continue;
  }
  const model = models.get(key);
  if (!model) {
    report(where, `no schema for ${key}: add one before using this kind`);
    continue;
  }
  try {
    new model.Model(object).validate();
  } catch (e) {
    for (const line of String(e.message).split("\n")) report(where, line);
  }
  const errors = [];
  unknownFields(object, rootTypes.get(model.declarations), "", errors);
  for (const e of errors) report(where, e);
}

const byKind = [...kinds].sort().map(([k, n]) => `${n} ${k}`).join(", ");
console.log(`k8s: kinds: ${byKind}`);
console.log(`k8s: ${overlays.length} overlays, ${rendered.length} objects, ${errorCount} errors`);
process.exit(errorCount === 0 && overlays.length > 0 ? 0 : 1);
