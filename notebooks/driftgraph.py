"""Reach a served driftgraph store from a notebook.

`./driftgraph serve` opens the store as a Neo4j server. No Neo4j Python driver is packaged for
Debian, so this module speaks Neo4j's HTTP query API (POST /db/neo4j/query/v2) with requests, and
runs the project's saved queries (cypher/queries/*.cypher) with their parameters, returning pandas
DataFrames.

    import driftgraph
    graph = driftgraph.connect()
    graph.saved("first-carriers", event="london-bridge-attack-2019")

Where the server is and how to log in:
  DRIFTGRAPH_HTTP_URL        the HTTP address of the server (default http://127.0.0.1:7474)
  DRIFTGRAPH_NEO4J_USER      the user (default neo4j)
  DRIFTGRAPH_NEO4J_PASSWORD  the password; when unset, the password file that serve writes
                             (DRIFTGRAPH_PASSWORD_FILE, default data/neo4j.password in the project)
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import requests

PROJECT = Path(__file__).resolve().parent.parent
QUERIES = PROJECT / "cypher" / "queries"
DEFAULT_URL = "http://127.0.0.1:7474"
DEFAULT_PASSWORD_FILE = PROJECT / "data" / "neo4j.password"

# The header grammar of a saved query, as org.driftgraph.analyze.SavedQueries reads it.
_HEADER = re.compile(r"^//\s*(name|description|param):\s*(.*)$")
_PARAM = re.compile(r"(\S+)\s+(\S+)\s+(\S+)\s*(.*)")
_TYPES = ("string", "integer", "float", "boolean")


class DriftgraphError(RuntimeError):
    """A saved query that cannot be read or bound, or a server that refused a statement."""


@dataclass(frozen=True)
class Parameter:
    """One `// param: NAME TYPE DEFAULT|- DESCRIPTION` line; default None means required."""

    name: str
    type: str
    default: object
    description: str

    def convert(self, value):
        """The value as the Cypher type the query expects (header defaults arrive as text)."""
        if self.type == "integer":
            return int(value)
        if self.type == "float":
            return float(value)
        if self.type == "boolean":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text not in ("true", "false"):
                raise ValueError(f"not a boolean: {value!r}")
            return text == "true"
        return str(value)


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str
    parameters: tuple
    cypher: str

    def bind(self, values: dict) -> dict:
        """The Cypher parameters: given values converted, defaults for the rest, required ones checked."""
        known = {p.name: p for p in self.parameters}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise DriftgraphError(
                f"{self.name}: unknown parameter(s) {', '.join(unknown)}; it takes {', '.join(known) or 'none'}")
        bound = {}
        for parameter in self.parameters:
            if parameter.name in values:
                value = values[parameter.name]
            elif parameter.default is not None:
                value = parameter.default
            else:
                raise DriftgraphError(
                    f"{self.name}: parameter {parameter.name} is required ({parameter.description})")
            try:
                bound[parameter.name] = parameter.convert(value)
            except ValueError as e:
                raise DriftgraphError(
                    f"{self.name}: parameter {parameter.name} expects {parameter.type}, got {value!r}") from e
        return bound


def parse_query(file_name: str, text: str) -> SavedQuery:
    """Header comment lines first (name, description, params), then the Cypher."""
    name = description = None
    parameters = []
    cypher = []
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        header = _HEADER.match(line)
        if not cypher and header:
            key, value = header.group(1), header.group(2).strip()
            if key == "name":
                name = value
            elif key == "description":
                description = value
            else:
                parameters.append(_parse_parameter(file_name, number, value))
        elif cypher or not (line == "" or line.startswith("//")):
            cypher.append(raw)
    if not name:
        raise DriftgraphError(f"{file_name}: no '// name:' header")
    return SavedQuery(name, description or "", tuple(parameters), "\n".join(cypher).strip())


def _parse_parameter(file_name: str, line: int, value: str) -> Parameter:
    match = _PARAM.fullmatch(value)
    if not match:
        raise DriftgraphError(
            f"{file_name}:{line}: a parameter reads 'NAME TYPE DEFAULT|- DESCRIPTION', not {value!r}")
    name, type_, default, description = match.groups()
    if type_ not in _TYPES:
        raise DriftgraphError(f"{file_name}:{line}: parameter {name} has type {type_!r}, not {', '.join(_TYPES)}")
    parameter = Parameter(name, type_, None if default == "-" else default, description)
    if parameter.default is not None:
        try:
            parameter.convert(parameter.default)
        except ValueError as e:
            raise DriftgraphError(f"{file_name}:{line}: default of {name} is not a {type_}: {default!r}") from e
    return parameter


def load_query(name: str, folder: Path = QUERIES) -> SavedQuery:
    """The saved query cypher/queries/NAME.cypher."""
    path = Path(folder) / f"{name}.cypher"
    if not path.is_file():
        known = ", ".join(saved_query_names(folder))
        raise DriftgraphError(f"no saved query {name!r} in {folder} (known: {known})")
    return parse_query(path.name, path.read_text(encoding="utf-8"))


def saved_query_names(folder: Path = QUERIES) -> list:
    return sorted(p.stem for p in Path(folder).glob("*.cypher"))


def saved_queries(folder: Path = QUERIES) -> pd.DataFrame:
    """Every saved query with its parameters, as a table to read."""
    rows = []
    for name in saved_query_names(folder):
        query = load_query(name, folder)
        params = ", ".join(
            f"{p.name}: {p.type}" + ("" if p.default is None else f" = {p.default}") for p in query.parameters)
        rows.append({"name": query.name, "parameters": params, "description": query.description})
    return pd.DataFrame(rows, columns=["name", "parameters", "description"])


def password_from_environment() -> str:
    """DRIFTGRAPH_NEO4J_PASSWORD, else the file that `./driftgraph serve` wrote."""
    password = os.environ.get("DRIFTGRAPH_NEO4J_PASSWORD")
    if password:
        return password
    file = Path(os.environ.get("DRIFTGRAPH_PASSWORD_FILE") or DEFAULT_PASSWORD_FILE)
    if file.is_file():
        return file.read_text(encoding="utf-8").strip()
    raise DriftgraphError(
        f"no password: set DRIFTGRAPH_NEO4J_PASSWORD, or start ./driftgraph serve so that it writes {file}")


class Graph:
    """One served driftgraph store, queried over HTTP. Each call is its own transaction."""

    def __init__(self, url: str, user: str, password: str, database: str = "neo4j", timeout: float = 120):
        self.url = url.rstrip("/")
        self.endpoint = f"{self.url}/db/{database}/query/v2"
        self.timeout = timeout
        self._session = requests.Session()
        self._session.auth = (user, password)
        self._session.headers.update({"Accept": "application/json", "Content-Type": "application/json"})

    def run(self, statement: str, **parameters) -> pd.DataFrame:
        """Runs Cypher with parameters; the rows as a DataFrame with the statement's columns."""
        try:
            response = self._session.post(
                self.endpoint, json={"statement": statement, "parameters": parameters}, timeout=self.timeout)
        except requests.ConnectionError as e:
            raise DriftgraphError(
                f"cannot reach {self.url}: is ./driftgraph serve running? (DRIFTGRAPH_HTTP_URL)") from e
        body = _json_or_none(response)
        errors = (body or {}).get("errors") or []
        if response.status_code == 401:
            raise DriftgraphError(f"{self.url} refused the login: check DRIFTGRAPH_NEO4J_PASSWORD")
        if errors or not response.ok:
            detail = "; ".join(f"{e.get('code')}: {e.get('message')}" for e in errors) or response.text[:500]
            raise DriftgraphError(f"query failed (HTTP {response.status_code}): {detail}")
        data = body["data"]
        return pd.DataFrame(data["values"], columns=data["fields"])

    def saved(self, name: str, parameters: dict | None = None, **named) -> pd.DataFrame:
        """Runs the saved query cypher/queries/NAME.cypher, defaults from its header.

        Parameters go by keyword, or in a dict for names Python reserves: {"from": ..., "to": ...}.
        """
        query = load_query(name)
        return self.run(query.cypher, **query.bind({**(parameters or {}), **named}))

    def __repr__(self):
        return f"Graph({self.url})"


def _json_or_none(response):
    try:
        return response.json()
    except ValueError:
        return None


def connect(url: str | None = None, user: str | None = None, password: str | None = None) -> Graph:
    """The served store, from the arguments or the environment (see the module's doc)."""
    graph = Graph(
        url or os.environ.get("DRIFTGRAPH_HTTP_URL") or DEFAULT_URL,
        user or os.environ.get("DRIFTGRAPH_NEO4J_USER") or "neo4j",
        password or password_from_environment())
    graph.run("RETURN 1 AS ok")
    return graph
