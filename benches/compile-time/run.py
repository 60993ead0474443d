#!/usr/bin/env python3
"""Compile time of 300 entity structs: `#[derive(GraphEntity)]` against plain
serde derives and against no serialization derives at all.

Generates three crates from the corpus types (tests/data/intune-public.json)
under target/compile-bench/ (or --out):

- `ours`:  `#[derive(GraphEntity)]` structs (key, read-only properties from
  the update pages, every valid path template of the type's pages, renames
  where camelCase cannot rebuild the name) and `#[derive(GraphEnum)]` enums;
- `serde`: `#[derive(Serialize, Deserialize)]`, `rename_all = "camelCase"`,
  `skip_serializing_if = "Option::is_none"` on every field, the same renames,
  serde enums with a `#[serde(other)]` variant; chrono's `serde` feature;
- `none`:  the same structs and enums with no serialization derive.

All three derive `Debug, Clone, Default, PartialEq` (enums `Debug, Clone,
PartialEq, Eq`) and have the same field types. Each crate is built (debug,
then release) in two ways, RUNS times each, and the median wall time of each
is printed with its ratio to `serde`:

- `crate`: only the generated crate is built from scratch (`cargo clean -p`;
  its dependencies are built once beforehand): what a user pays each time
  the models crate is rebuilt;
- `clean`: `cargo clean`, then the whole build, dependencies included.

    python3 benches/compile-time/run.py [--runs 3] [--n 300] [--modes crate,clean]
                                        [--profiles debug,release] [--jobs 2]
    python3 benches/compile-time/run.py --side-by-side --profiles debug [--runs 3]

`--side-by-side` starts the `crate` builds of `ours` and `serde` at the same
moment and compares their cpu times: on a machine that others are using,
both builds suffer the same load, and the ratio holds where wall times do not.

The crates pin the dependency versions of the workspace (its Cargo.lock is
copied) and build offline.
"""

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "tests", "data", "intune-public.json")
VARIANTS = ("ours", "serde", "none")

PRIMITIVES = {
    "String": "String",
    "Guid": "String",
    "Binary": "String",
    "Duration": "String",
    "Boolean": "bool",
    "Byte": "u8",
    "Int16": "i16",
    "Int32": "i32",
    "Int64": "i64",
    "Single": "f32",
    "Double": "f64",
    "DateTimeOffset": "DateTime<FixedOffset>",
    "Date": "NaiveDate",
    "TimeOfDay": "NaiveTime",
}
KEYWORDS = {
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for", "if",
    "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "static",
    "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "async", "await",
    "dyn", "abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof",
    "unsized", "virtual", "yield", "try", "gen",
}
RESERVED_TYPES = {"Option", "Some", "None", "Result", "Ok", "Err", "String", "Vec", "Box", "Value", "DateTime",
                  "FixedOffset", "NaiveDate", "NaiveTime", "Self", "Default", "Clone", "Debug", "PartialEq", "Eq"}


def snake(name):
    """`deviceOSVersion` → `device_os_version` (acronyms kept together)."""
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    s = re.sub(r"[^A-Za-z0-9_]", "_", s)
    return s.lower()


def camel(snake_name):
    """What the derive (and serde's `rename_all = "camelCase"`) writes."""
    return re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), snake_name)


def pascal(name):
    parts = re.split(r"[^A-Za-z0-9]+", name)
    out = "".join(p[:1].upper() + p[1:] for p in parts if p)
    if not out or out[0].isdigit():
        out = "V" + out
    return out


def lower_first(name):
    return name[:1].lower() + name[1:]


def field_ident(name):
    ident = snake(name)
    if ident[0].isdigit():
        ident = "n_" + ident
    return "r#" + ident if ident in KEYWORDS else ident


def valid_path(path):
    if not path.startswith("/") or any(c in path for c in "?# \t"):
        return False
    names = []
    for segment in path[1:].split("/"):
        if not segment:
            return False
        if "{" in segment or "}" in segment:
            m = re.fullmatch(r"\{([A-Za-z_][A-Za-z0-9_]*)\}", segment)
            if not m:
                return False
            names.append(m.group(1))
    return len(names) == len(set(names))


def model(corpus, n):
    """The `n` structs and the enums they use: {version: ([structs], {enums})}."""
    chosen = []
    for version in ("beta", "v1.0"):
        for name in sorted(corpus["types"][version]):
            if len(chosen) < n:
                chosen.append((version, name))
    read_only, paths = {}, {}
    for case in corpus["cases"]:
        key = (case["version"], case["type"])
        for template in case.get("templates") or []:
            if valid_path(template["path"]) and template["path"] not in paths.setdefault(key, []):
                paths[key].append(template["path"])
        if case["operation"] == "update":
            response = case["response"].get("body")
            request = case["request"].get("body")
            if isinstance(response, dict) and isinstance(request, dict):
                read_only[key] = {k for k in response if k not in request and not k.startswith("@")}
    chosen_names = {}
    for version, name in chosen:
        chosen_names.setdefault(version, set()).add(name)

    out = {}
    for version, name in chosen:
        types = corpus["types"][version]
        enums = corpus["enums"][version]
        structs, used = out.setdefault(version, ([], {}))
        chain, t = [], types[name]
        while t is not None:
            chain.insert(0, t)
            t = types.get(t["base"]) if t["base"] else None
        props, seen = [], set()
        for t in chain:
            for p in t["properties"]:
                if p["name"] not in seen and re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", p["name"]):
                    seen.add(p["name"])
                    props.append(p)
        fields, idents = [], set()
        for p in props:
            kind = p["type"]
            if kind in PRIMITIVES:
                rust = PRIMITIVES[kind]
            elif kind in enums:
                rust = pascal(kind)
                used[kind] = enums[kind]
            elif kind in chosen_names[version]:
                rust = pascal(kind)
                if not p["collection"]:
                    rust = f"Box<{rust}>"
            else:
                rust = "serde_json::Value"
            if p["collection"]:
                rust = f"Vec<{rust}>"
            ident = field_ident(p["name"])
            if ident in idents:
                continue
            idents.add(ident)
            bare = ident[2:] if ident.startswith("r#") else ident
            rename = None if camel(bare) == p["name"] else p["name"]
            role = None
            if p["name"] == "id" and chain[0]["key"] == "id":
                role = "key"
            elif p["name"] in read_only.get((version, name), ()):
                role = "read_only"
            fields.append({"ident": ident, "rust": rust, "rename": rename, "role": role})
        structs.append({
            "name": pascal(name),
            "odata_type": types[name]["odata_type"],
            "complex": chain[0]["key"] is None,
            "paths": paths.get((version, name), []) if chain[0]["key"] is not None else [],
            "fields": fields,
        })
    return out


def render(variant, models):
    lines = [
        "//! Generated by benches/compile-time/run.py; variant `%s`." % variant,
        "#![allow(clippy::all, dead_code, unused_imports, non_camel_case_types)]",
        "",
    ]
    for version, (structs, enums) in models.items():
        lines.append(f"pub mod {version.replace('.', '_')} {{")
        lines.append("    use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};")
        if variant == "ours":
            lines.append("    use graph_core::{GraphEntity, GraphEnum};")
        elif variant == "serde":
            lines.append("    use serde::{Deserialize, Serialize};")
        lines.append("")
        for name in sorted(enums):
            members, seen = [], set()
            for m in enums[name]["members"]:
                ident = pascal(m["name"])
                if ident in RESERVED_TYPES:
                    ident += "Member"
                if ident in seen:
                    continue
                seen.add(ident)
                members.append((ident, m["name"]))
            other = "Other" if "Other" not in seen else "OtherMember"
            if variant == "ours":
                lines.append("    #[derive(Debug, Clone, PartialEq, Eq, GraphEnum)]")
            elif variant == "serde":
                lines.append("    #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]")
                lines.append('    #[serde(rename_all = "camelCase")]')
            else:
                lines.append("    #[derive(Debug, Clone, PartialEq, Eq)]")
            lines.append(f"    pub enum {pascal(name)} {{")
            for ident, wire in members:
                if lower_first(ident) != wire:
                    if variant == "ours":
                        lines.append(f'        #[graph(rename = "{wire}")]')
                    elif variant == "serde":
                        lines.append(f'        #[serde(rename = "{wire}")]')
                lines.append(f"        {ident},")
            if variant == "ours":
                lines.append("        #[graph(other)]")
                lines.append(f"        {other}(String),")
            elif variant == "serde":
                lines.append("        #[serde(other)]")
                lines.append(f"        {other},")
            else:
                lines.append(f"        {other}(String),")
            lines.append("    }")
            lines.append("")
        for s in structs:
            if variant == "ours":
                lines.append("    #[derive(Debug, Clone, Default, PartialEq, GraphEntity)]")
                attrs = [f'odata_type = "{s["odata_type"]}"']
                if s["complex"]:
                    attrs.append("complex")
                attrs += [f'path = "{p}"' for p in s["paths"]]
                lines.append(f"    #[graph({', '.join(attrs)})]")
            elif variant == "serde":
                lines.append("    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]")
                lines.append('    #[serde(rename_all = "camelCase")]')
            else:
                lines.append("    #[derive(Debug, Clone, Default, PartialEq)]")
            lines.append(f"    pub struct {s['name']} {{")
            for f in s["fields"]:
                if variant == "ours":
                    attrs = [a for a in (f["role"], f["rename"] and f'rename = "{f["rename"]}"') if a]
                    if attrs:
                        lines.append(f"        #[graph({', '.join(attrs)})]")
                elif variant == "serde":
                    attrs = ['skip_serializing_if = "Option::is_none"']
                    if f["rename"]:
                        attrs.append(f'rename = "{f["rename"]}"')
                    lines.append(f"        #[serde({', '.join(attrs)})]")
                lines.append(f"        pub {f['ident']}: Option<{f['rust']}>,")
            lines.append("    }")
            lines.append("")
        lines.append("}")
        lines.append("")
    return "\n".join(lines)


def manifest(variant):
    deps = {
        "ours": [
            f'graph-core = {{ path = "{os.path.join(ROOT, "graph-core")}" }}',
            'chrono = { version = "0.4", default-features = false, features = ["std"] }',
            'serde_json = "1"',
        ],
        "serde": [
            'serde = { version = "1", features = ["derive"] }',
            'chrono = { version = "0.4", default-features = false, features = ["std", "serde"] }',
            'serde_json = "1"',
        ],
        "none": [
            'chrono = { version = "0.4", default-features = false, features = ["std"] }',
            'serde_json = "1"',
        ],
    }[variant]
    return "\n".join([
        "[package]",
        f'name = "models-{variant}"',
        'version = "0.0.0"',
        'edition = "2021"',
        "publish = false",
        "",
        "[dependencies]",
        *deps,
        "",
        "[workspace]",
        "",
    ])


def generate(out, n):
    corpus = json.load(open(CORPUS))
    models = model(corpus, n)
    count = sum(len(structs) for structs, _ in models.values())
    enums = sum(len(e) for _, e in models.values())
    fields = sum(len(s["fields"]) for structs, _ in models.values() for s in structs)
    for variant in VARIANTS:
        crate = os.path.join(out, variant)
        os.makedirs(os.path.join(crate, "src"), exist_ok=True)
        with open(os.path.join(crate, "Cargo.toml"), "w") as f:
            f.write(manifest(variant))
        with open(os.path.join(crate, "src", "lib.rs"), "w") as f:
            f.write(render(variant, models))
        shutil.copy(os.path.join(ROOT, "Cargo.lock"), os.path.join(crate, "Cargo.lock"))
    print(f"generated {count} structs ({fields} fields) and {enums} enums, three ways, in {out}")


def cargo(crate, profile, jobs, *args):
    command = ["cargo", *args, "--offline", "--quiet"]
    if args[0] == "build":
        command += ["-j", str(jobs)]
    if profile == "release":
        command.append("--release")
    env = dict(os.environ, CARGO_TARGET_DIR=os.path.join(crate, "target"))
    env.pop("RUSTFLAGS", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=crate, env=env, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def start_build(crate, profile, jobs):
    """Starts `cargo build` of `crate`; returns the process and its start time."""
    command = ["cargo", "build", "--offline", "--quiet", "-j", str(jobs)]
    if profile == "release":
        command.append("--release")
    env = dict(os.environ, CARGO_TARGET_DIR=os.path.join(crate, "target"))
    env.pop("RUSTFLAGS", None)
    return subprocess.Popen(command, cwd=crate, env=env), time.perf_counter()


def measure_side_by_side(out, runs, profiles, jobs):
    """`crate` builds of `ours` and `serde` started at the same moment, so
    that whatever else the machine runs weighs on both alike; the figure is
    the ratio of their cpu times (user + sys of each cargo and its rustc
    processes, from `wait4`), which load moves much less than wall time."""
    for profile in profiles:
        ratios = []
        for run in range(runs):
            crates = {v: os.path.join(out, v) for v in ("ours", "serde")}
            for variant, crate in crates.items():
                cargo(crate, profile, jobs, "build")  # dependencies, once
                cargo(crate, profile, jobs, "clean", "-p", f"models-{variant}")
            started = {v: start_build(c, profile, jobs) for v, c in crates.items()}
            cpu, wall = {}, {}
            for variant, (process, start) in started.items():
                _, status, usage = os.wait4(process.pid, 0)
                process.returncode = os.waitstatus_to_exitcode(status)
                if process.returncode != 0:
                    raise SystemExit(f"building {variant} failed")
                wall[variant] = time.perf_counter() - start
                cpu[variant] = usage.ru_utime + usage.ru_stime
            ratios.append(cpu["ours"] / cpu["serde"])
            print(
                f"  {profile:7} side by side run {run + 1}: ours {cpu['ours']:6.2f} s cpu, "
                f"serde {cpu['serde']:6.2f} s cpu, ours / serde {ratios[-1]:.2f}",
                flush=True,
            )
        print(f"| {profile}, crate, side by side | cpu | ours / serde, median of {runs} | {statistics.median(ratios):.2f} |")


def measure(out, runs, modes, profiles, jobs):
    results = {}
    for profile in profiles:
        for mode in modes:
            for run in range(runs):
                # Interleave the variants so that a busy moment of the machine
                # hits all three alike.
                for variant in VARIANTS:
                    crate = os.path.join(out, variant)
                    if mode == "clean":
                        cargo(crate, profile, jobs, "clean")
                    else:
                        cargo(crate, profile, jobs, "build")  # dependencies, once
                        cargo(crate, profile, jobs, "clean", "-p", f"models-{variant}")
                    wall, cpu = cargo(crate, profile, jobs, "build")
                    results.setdefault((profile, mode, variant), []).append((wall, cpu))
                    print(
                        f"  {profile:7} {mode:5} {variant:5} run {run + 1}: {wall:6.2f} s wall, {cpu:6.2f} s cpu",
                        flush=True,
                    )
    print()
    print("| build | time | ours | serde | none | ours / serde | serde / none |")
    print("|---|---|---|---|---|---|---|")
    for profile in profiles:
        for mode in modes:
            for index, kind in enumerate(("wall", "cpu")):
                med = {v: statistics.median(r[index] for r in results[(profile, mode, v)]) for v in VARIANTS}
                print(
                    f"| {profile}, {mode} | {kind} | {med['ours']:.2f} s | {med['serde']:.2f} s "
                    f"| {med['none']:.2f} s | {med['ours'] / med['serde']:.2f} | {med['serde'] / med['none']:.2f} |"
                )
    print(f"\nmedians of {runs} runs, -j {jobs}; cpu = user + sys time of cargo and rustc")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(ROOT, "target", "compile-bench"))
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--modes", default="crate,clean")
    parser.add_argument("--profiles", default="debug,release")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--generate-only", action="store_true")
    parser.add_argument(
        "--side-by-side",
        action="store_true",
        help="build ours and serde (crate mode) at the same time and compare cpu times: for a busy machine",
    )
    args = parser.parse_args()
    generate(args.out, args.n)
    if args.side_by_side:
        measure_side_by_side(args.out, args.runs, args.profiles.split(","), args.jobs)
    elif not args.generate_only:
        measure(args.out, args.runs, args.modes.split(","), args.profiles.split(","), args.jobs)


if __name__ == "__main__":
    sys.exit(main())
