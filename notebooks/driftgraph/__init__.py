"""Reach a served driftgraph store (or any Neo4j holding its graph) from a notebook.

`./driftgraph serve` opens the store as a Neo4j server. This package runs the project's saved
queries (cypher/queries/*.cypher) and your own Cypher with parameters, returning pandas DataFrames.
It talks Bolt through the official `neo4j` Python driver where that is installed
(notebooks/setup.sh installs it into a virtual environment), and Neo4j's HTTP query API
(POST /db/NAME/query/v2, with requests) otherwise: Debian packages no Neo4j driver.

    import driftgraph
    graph = driftgraph.connect()
    graph.saved("first-carriers", event="london-bridge-attack-2019")

Where the server is and how to log in (the first one set wins):
  transport   DRIFTGRAPH_TRANSPORT: bolt or http (default: bolt when the driver is installed)
  Bolt        NEO4J_URI (default bolt://127.0.0.1:7687)
  HTTP        DRIFTGRAPH_HTTP_URL (default http://127.0.0.1:7474)
  user        DRIFTGRAPH_NEO4J_USER, NEO4J_USERNAME, neo4j
  password    DRIFTGRAPH_NEO4J_PASSWORD, NEO4J_PASSWORD, the password file that serve writes
              (DRIFTGRAPH_PASSWORD_FILE, default data/neo4j.password in the project)
  database    NEO4J_DATABASE (default neo4j)
  project     DRIFTGRAPH_HOME: the clone whose cypher/queries/ and data/ are used (default: the
              clone this package lies in, else the first folder up from the working directory that
              has cypher/queries/)
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import requests

try:  # The official driver, where installed; the HTTP query API otherwise.
    import neo4j as _neo4j
except ImportError:  # pragma: no cover - depends on the environment
    _neo4j = None


def _project() -> Path:
    """The clone: DRIFTGRAPH_HOME, the one this package lies in, or one above the working dir."""
    home = os.environ.get("DRIFTGRAPH_HOME")
    if home:
        return Path(home).resolve()
    here = Path(__file__).resolve().parent.parent.parent
    if (here / "cypher" / "queries").is_dir():
        return here
    for folder in (Path.cwd(), *Path.cwd().parents):
        if (folder / "cypher" / "queries").is_dir():
            return folder
    return here


PROJECT = _project()
QUERIES = PROJECT / "cypher" / "queries"
DEFAULT_URL = "http://127.0.0.1:7474"
DEFAULT_BOLT_URI = "bolt://127.0.0.1:7687"
DEFAULT_PASSWORD_FILE = PROJECT / "data" / "neo4j.password"
DRIVER_INSTALLED = _neo4j is not None

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
    """DRIFTGRAPH_NEO4J_PASSWORD, NEO4J_PASSWORD, else the file that `./driftgraph serve` wrote."""
    password = os.environ.get("DRIFTGRAPH_NEO4J_PASSWORD") or os.environ.get("NEO4J_PASSWORD")
    if password:
        return password
    file = Path(os.environ.get("DRIFTGRAPH_PASSWORD_FILE") or DEFAULT_PASSWORD_FILE)
    if file.is_file():
        return file.read_text(encoding="utf-8").strip()
    raise DriftgraphError(
        f"no password: set DRIFTGRAPH_NEO4J_PASSWORD, or start ./driftgraph serve so that it writes {file}")


class Graph:
    """One served driftgraph store, queried over HTTP. Each call is its own transaction."""

    transport = "http"

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

    def check(self):
        """Fails when the server cannot be reached or refuses the login."""
        self.run("RETURN 1 AS ok")

    def __repr__(self):
        return f"{type(self).__name__}({self.url})"


def _json_or_none(response):
    try:
        return response.json()
    except ValueError:
        return None


class BoltGraph(Graph):
    """The same store over Bolt with the official neo4j driver. Each call is its own transaction."""

    transport = "bolt"

    def __init__(self, uri: str, user: str, password: str, database: str = "neo4j"):
        if _neo4j is None:
            raise DriftgraphError("the neo4j driver is not installed (notebooks/setup.sh installs it)")
        self.url = uri
        self.database = database
        # The server's notifications (an unknown label on an empty store, ...) are noise in a
        # notebook; the HTTP API does not show them either.
        self._driver = _neo4j.GraphDatabase.driver(
            uri, auth=(user, password), notifications_min_severity="OFF")

    def run(self, statement: str, **parameters) -> pd.DataFrame:
        try:
            records, _, keys = self._driver.execute_query(
                statement, parameters, database_=self.database, routing_="r")
        except _neo4j.exceptions.AuthError as e:
            raise DriftgraphError(f"{self.url} refused the login: check DRIFTGRAPH_NEO4J_PASSWORD") from e
        except _neo4j.exceptions.ServiceUnavailable as e:
            raise DriftgraphError(f"cannot reach {self.url}: is ./driftgraph serve running? (NEO4J_URI)") from e
        except _neo4j.exceptions.Neo4jError as e:
            raise DriftgraphError(f"query failed: {e.code}: {e.message}") from e
        return pd.DataFrame([_plain(record.values()) for record in records], columns=keys)

    def check(self):
        """Fails at once when the server cannot be reached (a query would be retried for 30 s)."""
        try:
            self._driver.verify_connectivity()
        except _neo4j.exceptions.AuthError as e:
            raise DriftgraphError(f"{self.url} refused the login: check DRIFTGRAPH_NEO4J_PASSWORD") from e
        except (_neo4j.exceptions.ServiceUnavailable, OSError) as e:
            raise DriftgraphError(f"cannot reach {self.url}: is ./driftgraph serve running? (NEO4J_URI)") from e
        self.run("RETURN 1 AS ok")

    def close(self):
        self._driver.close()


def _plain(values):
    """Driver values as the HTTP API gives them: temporal values as ISO text, the rest as they are."""
    return [value.iso_format() if hasattr(value, "iso_format") else value for value in values]


def _first(*names, default=None):
    for name in names:
        value = os.environ.get(name)
        if value:
            return value
    return default


def connect(url: str | None = None, user: str | None = None, password: str | None = None,
            transport: str | None = None, database: str | None = None) -> Graph:
    """The served store, from the arguments or the environment (see the package's doc).

    Bolt through the neo4j driver when it is installed, else the HTTP query API; transport="http"
    or DRIFTGRAPH_TRANSPORT=http chooses HTTP anyway.
    """
    transport = (transport or _first("DRIFTGRAPH_TRANSPORT", default="bolt" if DRIVER_INSTALLED else "http")).lower()
    if transport not in ("bolt", "http"):
        raise DriftgraphError(f"transport must be bolt or http, not {transport!r}")
    user = user or _first("DRIFTGRAPH_NEO4J_USER", "NEO4J_USERNAME", default="neo4j")
    password = password or password_from_environment()
    database = database or _first("NEO4J_DATABASE", default="neo4j")
    if transport == "bolt":
        graph = BoltGraph(url or _first("NEO4J_URI", default=DEFAULT_BOLT_URI), user, password, database)
    else:
        graph = Graph(url or _first("DRIFTGRAPH_HTTP_URL", default=DEFAULT_URL), user, password, database)
    graph.check()
    return graph
