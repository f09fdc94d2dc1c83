"""The HTTP plumbing of the Paddock notebooks: run the named query files of ``cypher/queries/`` against a running
``paddock serve`` over Neo4j's HTTP transaction endpoint and get a pandas DataFrame back.

    import paddock_http as paddock
    paddock.check()                                        # one line: where the server is, or how to start it
    paddock.run("co-drivers", driverId="romain-dumas", season=None)

The query text and the default parameters come from the very file Browser, the CLI and the Java facade use:
every ``// :param name => value`` line at the top of ``cypher/queries/<name>.cypher`` is a default, keyword
arguments override them, and a name the file does not declare is an error (a typo must not filter nothing).

Environment:
    PADDOCK_HTTP      the server's HTTP address (default http://127.0.0.1:7474; serve prints it, --http-port moves it)
    PADDOCK_PASSWORD  the password when serve runs with one (user neo4j, or PADDOCK_USER); none by default
    PADDOCK_DATABASE  the database (default neo4j)
    PADDOCK_QUERIES   the folder of the query files (default ../cypher/queries next to this module)
"""
from __future__ import annotations

import os
import re
import uuid
from pathlib import Path

import pandas as pd
import requests

__all__ = ["PaddockNotRunning", "QueryError", "server", "check", "query_text", "defaults", "run", "network", "cypher",
           "imported", "not_imported", "seasons", "IMPORT_HINTS"]

#: The command that imports a dataset into a serve, as a user types it from the repository root.
IMPORT_HINTS = {
    "lemans24": "./paddock serve --import lemans ../shared/data/lemans24",
    "ergast-f1-csv": "./paddock serve --import ergast ../shared/data/ergast-f1-csv",
}

_PARAM_LINE = re.compile(r"^\s*//\s*:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?)\s*;?\s*$")


class PaddockNotRunning(RuntimeError):
    """No paddock serve answers at the configured address."""


class QueryError(RuntimeError):
    """Neo4j refused or failed a statement; the message names the query file and Neo4j's error code."""


def server() -> str:
    return os.environ.get("PADDOCK_HTTP", "http://127.0.0.1:7474").rstrip("/")


def _database() -> str:
    return os.environ.get("PADDOCK_DATABASE", "neo4j")


def _auth():
    password = os.environ.get("PADDOCK_PASSWORD")
    return (os.environ.get("PADDOCK_USER", "neo4j"), password) if password else None


def _queries_dir() -> Path:
    configured = os.environ.get("PADDOCK_QUERIES")
    return Path(configured) if configured else Path(__file__).resolve().parent.parent / "cypher" / "queries"


def _not_running(reason: str) -> PaddockNotRunning:
    return PaddockNotRunning(
        f"No paddock serve answers at {server()} ({reason}): start it with ./paddock serve "
        f"(or set PADDOCK_HTTP to the HTTP address serve printed)")


def _post(statements: list[dict], label: str) -> list[dict]:
    url = f"{server()}/db/{_database()}/tx/commit"
    try:
        response = requests.post(url, json={"statements": statements}, auth=_auth(),
                                 headers={"Accept": "application/json;charset=UTF-8"}, timeout=(5, 600))
    except requests.exceptions.ConnectionError:
        raise _not_running("connection refused") from None
    except requests.exceptions.Timeout:
        raise _not_running("no answer in time") from None
    if response.status_code == 401:
        if _auth():
            raise QueryError(f"{server()} refused the password in PADDOCK_PASSWORD (user {_auth()[0]})")
        raise QueryError(f"{server()} wants a password: set PADDOCK_PASSWORD (the one paddock serve was started with)")
    if response.status_code == 404:
        raise _not_running(f"HTTP 404 for {url}: not a Neo4j HTTP endpoint, or no database {_database()!r}")
    if response.status_code != 200:
        raise QueryError(f"{label}: HTTP {response.status_code} from {url}: {response.text[:300]}")
    body = response.json()
    if body.get("errors"):
        error = body["errors"][0]
        raise QueryError(f"{label}: {error.get('code')}: {error.get('message')}")
    return body["results"]


def check() -> None:
    """Prints which server answers (its Neo4j version and the datasets imported into its graph besides the seed),
    or raises PaddockNotRunning saying how to start one."""
    try:
        response = requests.get(server() + "/", headers={"Accept": "application/json"}, timeout=5)
        response.raise_for_status()
        version = response.json().get("neo4j_version", "unknown version")
    except requests.exceptions.ConnectionError:
        raise _not_running("connection refused") from None
    except (requests.exceptions.RequestException, ValueError) as e:
        raise _not_running(str(e)) from None
    datasets = cypher("MATCH (s:Source {kind: 'DATASET'}) RETURN s.id AS id ORDER BY id").id
    print(f"paddock serve at {server()} (Neo4j {version}); datasets imported: "
          + (", ".join(datasets) if len(datasets) else "none (the seed's articles only)"))


def _file(name: str) -> Path:
    path = _queries_dir() / (name if name.endswith(".cypher") else name + ".cypher")
    if not path.is_file():
        known = sorted(p.stem for p in _queries_dir().glob("*.cypher"))
        raise QueryError(f"no query file {path}; the named queries are: {', '.join(known)}")
    return path


def query_text(name: str) -> str:
    """The statement of cypher/queries/<name>.cypher as the server gets it (the file, unchanged)."""
    return _file(name).read_text(encoding="utf-8")


def defaults(name: str) -> dict:
    """The parameters the file declares with its `// :param name => value` lines, with their example values."""
    params = {}
    for number, line in enumerate(query_text(name).splitlines(), start=1):
        match = _PARAM_LINE.match(line)
        if match:
            try:
                params[match.group(1)] = _Literal(match.group(2)).parse()
            except ValueError as e:
                raise QueryError(f"{_file(name)}:{number}: cannot read the :param value {match.group(2)!r}: {e}") from None
    return params


def run(name: str, **params) -> pd.DataFrame:
    """Runs a named query file with its declared defaults, overridden by the keyword arguments."""
    declared = defaults(name)
    unknown = sorted(set(params) - set(declared))
    if unknown:
        raise QueryError(f"{name}.cypher has no parameter {', '.join(unknown)}; it declares: {', '.join(declared)}")
    return _frame(_post([{"statement": query_text(name), "parameters": {**declared, **params},
                          "resultDataContents": ["row"]}], f"{name}.cypher")[0])


def network(question: str, links: str = "all", **params) -> pd.DataFrame:
    """Runs a question of cypher/queries/network/ ('central', 'communities', 'similar', 'separation', 'components',
    'links') on the driver network, as the Java facade does: the projection, the question and the drop in one
    transaction, under a name of its own. Keyword arguments set the projection's filters (season, fromYear, toYear,
    seriesId, classId) and the question's parameters; links is 'all' (co-drivers and team-mates) or 'co-drivers'.
    The served graph needs Graph Data Science, which paddock serve brings."""
    project, asked = defaults("network/project"), defaults(f"network/{question}")
    unknown = sorted(set(params) - set(project) - set(asked))
    if unknown:
        raise QueryError(f"network/{question}.cypher and network/project.cypher have no parameter {', '.join(unknown)}; "
                         f"they declare: {', '.join(sorted((set(project) | set(asked)) - {'graphName', 'links'}))}")
    graph = f"paddock-notebook-{uuid.uuid4()}"
    pick = lambda declared: {k: v for k, v in params.items() if k in declared}
    drop = {"statement": query_text("network/drop"), "parameters": {"graphName": graph}}
    statements = [
        {"statement": query_text("network/project"), "parameters": {**project, **pick(project), "graphName": graph, "links": links}},
        {"statement": query_text(f"network/{question}"), "parameters": {**asked, **pick(asked), "graphName": graph},
         "resultDataContents": ["row"]},
        drop]
    try:
        return _frame(_post(statements, f"network/{question}.cypher")[1])
    except QueryError:
        _post([drop], "network/drop.cypher")  # a failed transaction leaves the projection in the catalog
        raise


def cypher(statement: str, **params) -> pd.DataFrame:
    """Runs one statement of your own (the notebooks use the query files; this is for exploring)."""
    return _frame(_post([{"statement": statement, "parameters": params, "resultDataContents": ["row"]}], "statement")[0])


def imported(dataset: str) -> bool:
    """Whether a dataset (its Source id: 'lemans24', 'ergast-f1-csv') has been imported into the served graph."""
    rows = cypher("MATCH (s:Source {id: $id}) RETURN s.id AS id", id=dataset)
    return not rows.empty


def not_imported(dataset: str, what: str) -> str:
    """The line a notebook prints instead of a section whose dataset the served graph does not hold."""
    return f"{what}: not imported: run {IMPORT_HINTS[dataset]} (then run this notebook again)"


def seasons(series_id: str) -> list[int]:
    """The years of a series that the served graph holds, oldest first."""
    rows = cypher("MATCH (s:Season)-[:OF_SERIES]->(:Series {id: $id}) RETURN s.year AS year ORDER BY year", id=series_id)
    return [int(y) for y in rows.year]


def _frame(result: dict) -> pd.DataFrame:
    return pd.DataFrame([item["row"] for item in result["data"]], columns=result["columns"])


class _Literal:
    """A Cypher literal as the :param lines write them: 'text', "text", numbers, true/false/null, [lists], {maps}."""

    def __init__(self, text: str):
        self.text, self.pos = text, 0

    def parse(self):
        value = self._value()
        self._space()
        if self.pos != len(self.text):
            raise ValueError(f"unexpected {self.text[self.pos:]!r}")
        return value

    def _space(self):
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def _value(self):
        self._space()
        if self.pos >= len(self.text):
            raise ValueError("value missing")
        c = self.text[self.pos]
        if c in "'\"":
            return self._string(c)
        if c == "[":
            return self._sequence("]", self._value)
        if c == "{":
            return dict(self._sequence("}", self._entry))
        word = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?|[A-Za-z_]+").match(self.text, self.pos)
        if not word:
            raise ValueError(f"unexpected {self.text[self.pos:]!r}")
        self.pos = word.end()
        token = word.group(0)
        keywords = {"null": None, "true": True, "false": False}
        if token.lower() in keywords:
            return keywords[token.lower()]
        if token[0].isalpha() or token[0] == "_":
            raise ValueError(f"unknown word {token!r}")
        return float(token) if word.group(1) or word.group(2) else int(token)

    def _string(self, quote: str) -> str:
        out, self.pos = [], self.pos + 1
        while self.pos < len(self.text):
            c = self.text[self.pos]
            if c == "\\" and self.pos + 1 < len(self.text):
                out.append({"n": "\n", "t": "\t"}.get(self.text[self.pos + 1], self.text[self.pos + 1]))
                self.pos += 2
            elif c == quote:
                self.pos += 1
                return "".join(out)
            else:
                out.append(c)
                self.pos += 1
        raise ValueError("unterminated string")

    def _entry(self):
        self._space()
        key = re.compile(r"[A-Za-z_][A-Za-z0-9_]*").match(self.text, self.pos)
        if not key:
            raise ValueError("map key expected")
        self.pos = key.end()
        self._space()
        if not self.text.startswith(":", self.pos):
            raise ValueError("':' expected after a map key")
        self.pos += 1
        return key.group(0), self._value()

    def _sequence(self, close: str, item):
        self.pos += 1
        items = []
        self._space()
        if self.text.startswith(close, self.pos):
            self.pos += 1
            return items
        while True:
            items.append(item())
            self._space()
            if self.text.startswith(",", self.pos):
                self.pos += 1
            elif self.text.startswith(close, self.pos):
                self.pos += 1
                return items
            else:
                raise ValueError(f"',' or '{close}' expected")
