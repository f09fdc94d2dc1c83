#!/usr/bin/env python3
"""Derives seed/f1db-crosswalk.json: where F1DB and the Ergast CSV name one race, person, circuit or team
differently, the Ergast spelling, so that `paddock import f1db` gives the same ids as `paddock import ergast`
whichever runs first (ADR 0020). A maintainer's tool, not part of the build; needs python3-yaml.

Usage: tools/f1db-crosswalk.py F1DB_SRC_DATA ERGAST_DIR > seed/f1db-crosswalk.json
"""
import collections, csv, glob, json, os, re, sys, unicodedata
import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
f1db, ergast = sys.argv[1], sys.argv[2]


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=Loader)


def rows(name):
    with open(os.path.join(ergast, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def key(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def tokens(text):
    return {t for t in key(text or "").split() if len(t) >= 3 and t not in ("von", "van", "der", "del")}


drivers = {d["id"]: d for d in (load(p) for p in glob.glob(f1db + "/drivers/*.yml"))}
grands_prix = {g["id"]: g for g in (load(p) for p in glob.glob(f1db + "/grands-prix/*.yml"))}
circuits = {c["id"]: c for c in (load(p) for p in glob.glob(f1db + "/circuits/*.yml"))}
races, results = {}, {}
for path in glob.glob(f1db + "/seasons/*/races/*/race.yml"):
    race = load(path)
    year = int(path.split(os.sep)[-4])
    races[(year, race["round"])] = race
    result_file = os.path.join(os.path.dirname(path), "race-results.yml")
    if os.path.exists(result_file):
        results[(year, race["round"])] = load(result_file) or []

e_races = {r["raceId"]: r for r in rows("races.csv")}
e_circuits = {c["circuitId"]: c["name"] for c in rows("circuits.csv")}
e_constructors = {c["constructorId"]: c["name"] for c in rows("constructors.csv")}
e_drivers = {d["driverId"]: d for d in rows("drivers.csv")}

# People: the same name, else the same date of birth and a shared name word (name or full name).
by_key, by_dob = collections.defaultdict(list), collections.defaultdict(list)
for d in e_drivers.values():
    by_key[key(d["forename"] + " " + d["surname"])].append(d)
    by_dob[d["dob"]].append(d)
person = {}
for d in drivers.values():
    dob = str(d.get("dateOfBirth"))
    same = [e for e in by_key.get(key(d["name"]), []) if e["dob"] == dob] or by_key.get(key(d["name"]), [])
    if len(same) != 1:
        words = tokens(d["name"]) | tokens(d.get("fullName"))
        same = [e for e in by_dob.get(dob, []) if words & tokens(e["forename"] + " " + e["surname"])]
    if len(same) == 1:
        person[d["id"]] = same[0]

event_names, circuit_names = {}, collections.defaultdict(collections.Counter)
teams = collections.defaultdict(collections.Counter)
e_results = collections.defaultdict(list)
for r in rows("results.csv"):
    e_results[r["raceId"]].append(r)
for race_id, race in e_races.items():
    k = (int(race["year"]), int(race["round"]))
    if k not in races:
        continue
    mine = races[k]
    if key(grands_prix[mine["grandPrixId"]]["fullName"]) != key(race["name"]):
        event_names["%d/%d" % k] = race["name"]
    circuit_names[mine["circuitId"]][e_circuits[race["circuitId"]]] += 1
    for row in results.get(k, []):
        e = person.get(row["driverId"])
        match = [r for r in e_results[race_id] if e is not None and r["driverId"] == e["driverId"]]
        if len(match) > 1:
            match = [r for r in match if r["number"] == str(row.get("driverNumber"))]
        if len(match) == 1:
            teams[(row["constructorId"], row["engineManufacturerId"], k[0])][e_constructors[match[0]["constructorId"]]] += 1

circuit_crosswalk = {}
for cid, names in sorted(circuit_names.items()):
    name = names.most_common(1)[0][0]
    if key(name) != key(circuits[cid]["fullName"]):
        circuit_crosswalk[cid] = name

by_pair = collections.defaultdict(collections.Counter)
for (constructor, engine, year), names in teams.items():
    by_pair[constructor + "/" + engine].update(names)
team_crosswalk = {}
for pair, names in sorted(by_pair.items()):
    team_crosswalk[pair] = names.most_common(1)[0][0]
for (constructor, engine, year), names in sorted(teams.items()):
    name = names.most_common(1)[0][0]
    if name != team_crosswalk[constructor + "/" + engine]:
        team_crosswalk["%s/%s/%d" % (constructor, engine, year)] = name

countries = {c["id"]: c for c in (load(p) for p in glob.glob(f1db + "/countries/*.yml"))}
people, lenient = {}, []
for fid, e in sorted(person.items()):
    name = e["forename"] + " " + e["surname"]
    if key(name) != key(drivers[fid]["name"]):
        people[fid] = name
    demonym = countries.get(drivers[fid].get("nationalityCountryId"), {}).get("demonym")
    if str(drivers[fid].get("dateOfBirth")) != e["dob"] or demonym != e["nationality"]:
        # The sources disagree on the date of birth or nationality of one driver: resolution must not split them.
        lenient.append([fid, e["driverRef"]])

json.dump({
    "description": "Derived by tools/f1db-crosswalk.py from F1DB (src/data at commit 6a5845b) and the Ergast CSV files: "
                   "where the two name one race, person, circuit or team differently, the Ergast spelling, so that an "
                   "F1DB import and an Ergast import give the same ids in any order (docs/decisions/0020-f1db-import.md). "
                   "Teams: 'constructor/engine maker' (or '/year' where that season differs) to the Ergast constructor name. "
                   "sameDespiteBirthOrNationality: [F1DB id, Ergast driverRef] of one driver whose date of birth or "
                   "nationality the two give differently (resolution then does not compare them).",
    "eventNames": dict(sorted(event_names.items())),
    "people": people,
    "sameDespiteBirthOrNationality": lenient,
    "circuits": circuit_crosswalk,
    "teams": team_crosswalk,
}, sys.stdout, ensure_ascii=False, indent=1, sort_keys=False)
print()
