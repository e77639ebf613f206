#!/usr/bin/env python3
"""Counts the public declarations of each module of the package, from its symbol graphs.

A declaration is a symbol of the module's public symbol graph (types, cases, properties,
methods, initialisers, subscripts, operators, type aliases), its members on types of other
modules (`Module@Other.symbols.json`) included, synthesised members (protocol default
implementations) left out. `package` and internal declarations are not counted, nor the
symbols a module re-exports (`@_exported import`): each is counted in the module that
declares it.

    Scripts/api/public_declarations.py                   # release build, table per module
    Scripts/api/public_declarations.py --list ParoleCore # and each declaration of a module
    Scripts/api/public_declarations.py --max ParoleCore=150   # fail when a module has more

It runs `swift package -c release dump-symbol-graph` (which builds first) unless
--symbol-graphs DIR names graphs already written.
"""
import argparse
import collections
import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def dump_symbol_graphs(configuration: str) -> pathlib.Path:
    command = [
        "swift", "package", "-c", configuration, "dump-symbol-graph",
        "--minimum-access-level", "public", "--skip-synthesized-members",
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        # SwiftPM also tries the test-discovery modules, which a release build without
        # --build-tests does not have: only those failures are harmless.
        failed = re.findall(r"Failed to emit symbol graph for '([^']+)'", result.stdout + result.stderr)
        if not failed or not all(name.endswith(("PackageTests", "PackageDiscoveredTests")) for name in failed):
            sys.stderr.write(result.stdout + result.stderr)
            sys.exit(result.returncode)
    match = re.search(r"[Ff]iles written to (\S+)", result.stdout + result.stderr)
    if match:
        return pathlib.Path(match.group(1).rstrip("."))
    folders = sorted(ROOT.glob(f".build/*/{configuration}/symbolgraph"))
    if not folders:
        sys.exit("public_declarations: dump-symbol-graph wrote no symbol graph folder")
    return folders[0]


def declared_in(symbol: dict, module: str) -> bool:
    """Whether `module` declares `symbol` (and does not merely re-export it): its source file
    is in the module's folder, or, for an implicit declaration, its USR names the module."""
    uri = symbol.get("location", {}).get("uri")
    if uri:
        folder = "/Resources/" if module == "ParoleResources" else f"/Sources/{module}/"
        return folder in uri
    return re.search(rf"(^s:|[^0-9]){len(module)}{module}(?![A-Za-z_])", symbol["identifier"]["precise"]) is not None


def declarations(folder: pathlib.Path) -> dict[str, list[tuple[str, str]]]:
    """Module name -> (kind, qualified name) of each public declaration."""
    modules: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for path in sorted(folder.glob("*.symbols.json")):
        module = path.name.removesuffix(".symbols.json").split("@")[0]
        graph = json.loads(path.read_text())
        for symbol in graph.get("symbols", []):
            kind = symbol["kind"]["identifier"]
            if kind == "swift.extension":
                continue
            if symbol.get("accessLevel") not in (None, "public", "open"):
                continue
            if not declared_in(symbol, module):
                continue
            modules[module].append((kind.removeprefix("swift."), ".".join(symbol["pathComponents"])))
    return modules


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--configuration", "-c", default="release")
    parser.add_argument("--symbol-graphs", type=pathlib.Path, help="folder of .symbols.json files already written")
    parser.add_argument("--list", action="append", default=[], metavar="MODULE", help="print each declaration")
    parser.add_argument("--max", action="append", default=[], metavar="MODULE=N", help="fail above N declarations")
    parser.add_argument("--json", action="store_true", help="print {module: count} as JSON")
    arguments = parser.parse_args()
    folder = arguments.symbol_graphs or dump_symbol_graphs(arguments.configuration)
    modules = declarations(folder)
    counts = {module: len(symbols) for module, symbols in sorted(modules.items())}
    if arguments.json:
        print(json.dumps(counts, indent=2))
    else:
        for module, count in counts.items():
            print(f"{module:24} {count:5}")
        print(f"{'total':24} {sum(counts.values()):5}")
    for module in arguments.list:
        print(f"\n{module}:")
        for kind, name in sorted(modules.get(module, []), key=lambda item: item[1]):
            print(f"  {kind:12} {name}")
    failed = False
    for limit in arguments.max:
        module, _, value = limit.partition("=")
        if counts.get(module, 0) > int(value):
            print(f"public_declarations: {module} has {counts[module]} public declarations (at most {value})",
                  file=sys.stderr)
            failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
