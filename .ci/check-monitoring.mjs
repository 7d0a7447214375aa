#!/usr/bin/env node
// Offline check of what an operator watches (deploy/k8s/base/monitoring):
//  - the PrometheusRule's groups pass `promtool check rules`, and its alerts pass their unit tests
//    (`promtool test rules .ci/monitoring/alerts.test.yaml`: each alert fires when it should, stays quiet when not);
//  - the Grafana dashboard JSON parses, has the DS_PROMETHEUS and service variables, every panel has a query,
//    and every query parses (promtool check rules over one generated recording rule per query);
//  - every metric that a rule or a panel names is in the catalogue metrics.tsv or a well-known Quarkus/JVM/
//    Prometheus/kube-state-metrics metric.
// Usage: node .ci/check-monitoring.mjs   (needs promtool on PATH: Debian's package "prometheus")
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { parse } from "yaml";

const ciDir = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(ciDir, "..");
const monitoring = path.join(repo, "deploy/k8s/base/monitoring");
const work = mkdtempSync(path.join(tmpdir(), "spreiding-monitoring-"));

let errors = 0;
const fail = (message) => {
  errors++;
  console.error(`ERROR ${message}`);
};

// ---- the catalogue and the metrics a query may name ---------------------------------------------------
const catalogue = readFileSync(path.join(monitoring, "metrics.tsv"), "utf8").split("\n")
  .filter((line) => line.trim() && !line.startsWith("#") && !line.startsWith("name\t"))
  .map((line) => {
    const [name, type] = line.split("\t");
    return { name, type };
  });
const documented = new Set(catalogue.flatMap(({ name, type }) =>
  type === "histogram" ? [`${name}_bucket`, `${name}_count`, `${name}_sum`] : [name]));
// Quarkus HTTP server and JVM metrics (Micrometer binders), Prometheus' own `up`, kube-state-metrics' readiness.
const wellKnown = [/^http_server_requests_seconds_(count|sum|max|bucket)$/, /^jvm_[a-z_]+$/, /^process_[a-z_]+$/,
  /^system_[a-z_]+$/, /^up$/, /^kube_pod_status_ready$/];
const keywords = new Set(["by", "without", "on", "ignoring", "group_left", "group_right", "offset", "bool", "and", "or",
  "unless", "inf", "nan"]);

function metricNames(expr) {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""') // label values and other strings
    .replace(/\{[^}]*\}/g, "") // label matchers
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, "") // grouping labels
    .replace(/\[[^\]]*\]/g, ""); // ranges
  const names = new Set();
  for (const m of bare.matchAll(/(?<![\w:.$])([a-zA-Z_:][a-zA-Z0-9_:]*)(?![\w:])(?!\s*\()/g)) {
    if (!keywords.has(m[1].toLowerCase())) names.add(m[1]);
  }
  return [...names];
}

function checkNames(where, expr) {
  for (const name of metricNames(expr)) {
    if (!documented.has(name) && !wellKnown.some((re) => re.test(name))) {
      fail(`${where}: metric ${name} is neither in metrics.tsv nor a well-known Quarkus/JVM metric`);
    }
  }
}

function promtool(args, cwd) {
  try {
    const out = execFileSync("promtool", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    process.stdout.write(out);
  } catch (e) {
    process.stdout.write(e.stdout || "");
    fail(`promtool ${args.join(" ")}: ${(e.stderr || e.message).toString().trim()}`);
  }
}

// ---- alert rules -------------------------------------------------------------------------------------------
const rule = parse(readFileSync(path.join(monitoring, "prometheusrule.yaml"), "utf8"));
if (rule?.kind !== "PrometheusRule" || !Array.isArray(rule?.spec?.groups)) fail("prometheusrule.yaml: no PrometheusRule with spec.groups");
const groups = rule?.spec?.groups ?? [];
const alerts = new Set();
for (const group of groups) {
  for (const r of group.rules ?? []) {
    const name = r.alert ?? r.record;
    if (r.alert) alerts.add(r.alert);
    checkNames(`rule ${name}`, String(r.expr));
    if (r.alert) {
      for (const key of ["summary", "description", "runbook_url"]) {
        if (!r.annotations?.[key]) fail(`alert ${r.alert}: annotation ${key} missing`);
      }
      if (!r.labels?.severity) fail(`alert ${r.alert}: label severity missing`);
      const anchor = `docs/operations.md#${r.alert.toLowerCase()}`;
      if (!String(r.annotations?.runbook_url ?? "").endsWith(anchor)) fail(`alert ${r.alert}: runbook_url must end with ${anchor}`);
    }
  }
}
const rulesFile = path.join(work, "spreiding-rules.yaml");
writeFileSync(rulesFile, JSON.stringify({ groups }, null, 2));
console.log(`monitoring: ${alerts.size} alerts: ${[...alerts].join(", ")}`);
promtool(["check", "rules", rulesFile]);

// Each alert has a unit test; the test file names the generated rules file, so it runs beside it.
const tests = parse(readFileSync(path.join(ciDir, "monitoring/alerts.test.yaml"), "utf8"));
const tested = new Set((tests.tests ?? []).flatMap((t) => (t.alert_rule_test ?? []).map((a) => a.alertname)));
for (const alert of alerts) if (!tested.has(alert)) fail(`alert ${alert} has no test in .ci/monitoring/alerts.test.yaml`);
copyFileSync(path.join(ciDir, "monitoring/alerts.test.yaml"), path.join(work, "alerts.test.yaml"));
promtool(["test", "rules", "alerts.test.yaml"], work);

// ---- dashboard -----------------------------------------------------------------------------------------------
let dashboard = null;
try {
  dashboard = JSON.parse(readFileSync(path.join(monitoring, "spreiding-dashboard.json"), "utf8"));
} catch (e) {
  fail(`spreiding-dashboard.json does not parse: ${e.message}`);
}
if (dashboard) {
  const variables = new Map((dashboard.templating?.list ?? []).map((v) => [v.name, v]));
  if (variables.get("DS_PROMETHEUS")?.type !== "datasource") fail("dashboard: no datasource variable DS_PROMETHEUS");
  if (!variables.has("service")) fail("dashboard: no variable service");
  const panels = (dashboard.panels ?? []).flatMap((p) => [p, ...(p.panels ?? [])]).filter((p) => p.type !== "row");
  const recording = [];
  for (const panel of panels) {
    if (panel.datasource?.uid !== "${DS_PROMETHEUS}") fail(`panel "${panel.title}": datasource is not \${DS_PROMETHEUS}`);
    if (!panel.targets?.length) fail(`panel "${panel.title}": no query`);
    for (const target of panel.targets ?? []) {
      // Grafana's variables replaced by what they could stand for, so that promtool can parse the query.
      const expr = target.expr
        .replaceAll("$__rate_interval", "5m").replaceAll("$__interval", "1m").replaceAll("$__range", "1h")
        .replace(/\$\{?service\}?/g, "allocation-service|pledge-service|notification-service");
      checkNames(`panel "${panel.title}"`, expr);
      recording.push({ record: `dashboard:panel_${panel.id}_${target.refId}`, expr });
    }
  }
  const dashboardRules = path.join(work, "dashboard-queries.yaml");
  writeFileSync(dashboardRules, JSON.stringify({ groups: [{ name: "dashboard", rules: recording }] }, null, 2));
  console.log(`monitoring: dashboard "${dashboard.title}": ${panels.length} panels, ${recording.length} queries`);
  promtool(["check", "rules", dashboardRules]);
}

console.log(`monitoring: ${errors} errors`);
process.exit(errors === 0 ? 0 : 1);
