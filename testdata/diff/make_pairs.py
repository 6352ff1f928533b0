#!/usr/bin/env python3
"""Writes the synthetic OLD/NEW pairs of testdata/diff/ (every name invented).

One small collège (12 pupils in 6A 6B 5A 5B, their responsables, four
teachers); each case changes NEW in one family of records. Run from this
folder after editing, then refresh the goldens:
SCOLINT_UPDATE_GOLDEN=1 ctest --preset ci -R e2e/diff
"""
import copy
import os
import shutil

UAJ = "0999999F"

PUPILS = [  # ELEVE_ID, INE, name, first name, birth date, division
    ("101", "0101010101A", "AUBRY", "Jade", "01/03/2014", "6A"),
    ("102", "0101010102A", "BESSON", "Malo", "12/05/2014", "6A"),
    ("103", "0101010103A", "CARON", "Inès", "23/07/2014", "6A"),
    ("104", "0101010104A", "DUMAS", "Yanis", "04/02/2014", "6B"),
    ("105", "0101010105A", "ESNAULT", "Lina", "15/09/2014", "6B"),
    ("106", "0101010106A", "FABRE", "Noah", "26/11/2014", "6B"),
    ("107", "0101010107A", "GIRAUD", "Chloé", "07/01/2013", "5A"),
    ("108", "0101010108A", "HUET", "Sacha", "18/04/2013", "5A"),
    ("109", "0101010109A", "IMBERT", "Lou", "29/06/2013", "5A"),
    ("110", "0101010110A", "JOLY", "Adam", "10/08/2013", "5B"),
    ("111", "0101010111A", "KLEIN", "Rose", "21/10/2013", "5B"),
    ("112", "0101010112A", "LEROUX", "Tom", "02/12/2013", "5B"),
]
PERSONS = [  # PERSONNE_ID, name, first name, ADRESSE_ID
    ("201", "AUBRY", "Hélène", "301"), ("202", "BESSON", "Marc", "302"), ("203", "CARON", "Sofia", "303"),
    ("204", "DUMAS", "Karim", "304"), ("205", "ESNAULT", "Julie", "305"), ("206", "FABRE", "Paul", "306"),
    ("207", "GIRAUD", "Anne", "307"), ("208", "HUET", "Éric", "308"), ("209", "IMBERT", "Claire", "309"),
    ("210", "JOLY", "Nadia", "310"), ("211", "KLEIN", "Pierre", "311"), ("212", "LEROUX", "Marie", "312"),
    ("213", "GIRAUD", "Luc", "307"),
]
LINKS = [(f"1{n:02d}", f"2{n:02d}", "1") for n in range(1, 13)] + [("107", "213", "2")]
STAFF = [  # ID, name, first name, birth date
    ("401", "MARCHAND", "Anne", "1980-05-17"), ("402", "NOEL", "Bruno", "1975-01-30"),
    ("403", "OLIVIER", "Claire", "1990-12-01"), ("404", "PERRIN", "David", "1968-07-04"),
]
SERVICES = [  # structure, is a group, subject, teachers
    ("6A", False, "061300", ["401"]), ("6B", False, "061300", ["401"]), ("5A", False, "061300", ["402"]),
    ("5B", False, "061300", ["402"]), ("6A", False, "020100", ["403"]), ("6_LAT", True, "024200", ["404"]),
]
GROUPS = [("6_LAT", ["6A", "6B"])]


def school():
    return {
        "pupils": [dict(id=p[0], ine=p[1], nom=p[2], prenom=p[3], naissance=p[4], division=p[5], sortie="")
                   for p in PUPILS],
        "persons": [dict(id=p[0], nom=p[1], prenom=p[2], adresse=p[3]) for p in PERSONS],
        "links": [dict(eleve=l[0], personne=l[1], legal=l[2]) for l in LINKS],
        "staff": [dict(id=s[0], nom=s[1], prenom=s[2], naissance=s[3]) for s in STAFF],
        "services": [dict(structure=s[0], group=s[1], matiere=s[2], teachers=list(s[3])) for s in SERVICES],
        "groups": [dict(code=g[0], divisions=list(g[1])) for g in GROUPS],
        "divisions": ["6A", "6B", "5A", "5B"],
        "uaj": UAJ,
        "structures": True,
    }


def eleves_xml(s):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<BEE_ELEVES VERSION="3.2">',
           f'  <PARAMETRES><UAJ>{s["uaj"]}</UAJ><ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE>'
           '<DATE_EXPORT>02/12/2026</DATE_EXPORT></PARAMETRES>', '  <DONNEES>', '    <ELEVES>']
    for p in s["pupils"]:
        ine = f'<ID_NATIONAL>{p["ine"]}</ID_NATIONAL>' if p["ine"] else ""
        sortie = f'<DATE_SORTIE>{p["sortie"]}</DATE_SORTIE>' if p["sortie"] else ""
        out.append(f'      <ELEVE ELEVE_ID="{p["id"]}">{ine}<NOM_DE_FAMILLE>{p["nom"]}</NOM_DE_FAMILLE>'
                   f'<PRENOM>{p["prenom"]}</PRENOM><DATE_NAISS>{p["naissance"]}</DATE_NAISS>{sortie}</ELEVE>')
    out.append('    </ELEVES>')
    if s["structures"]:
        out.append('    <STRUCTURES>')
        for p in s["pupils"]:
            if not p["division"]:
                continue
            out.append(f'      <STRUCTURES_ELEVE ELEVE_ID="{p["id"]}"><STRUCTURE><CODE_STRUCTURE>{p["division"]}'
                       '</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE></STRUCTURES_ELEVE>')
        out.append('    </STRUCTURES>')
    out += ['  </DONNEES>', '</BEE_ELEVES>', '']
    return "\n".join(out)


def responsables_xml(s):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<BEE_RESPONSABLES VERSION="1.7">',
           f'  <PARAMETRES><UAJ>{s["uaj"]}</UAJ><ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE>'
           '<DATE_EXPORT>02/12/2026</DATE_EXPORT></PARAMETRES>', '  <DONNEES>', '    <PERSONNES>']
    for p in s["persons"]:
        out.append(f'      <PERSONNE PERSONNE_ID="{p["id"]}"><NOM_DE_FAMILLE>{p["nom"]}</NOM_DE_FAMILLE>'
                   f'<PRENOM>{p["prenom"]}</PRENOM><ADRESSE_ID>{p["adresse"]}</ADRESSE_ID></PERSONNE>')
    out += ['    </PERSONNES>', '    <RESPONSABLES>']
    for l in s["links"]:
        out.append(f'      <RESPONSABLE_ELEVE><ELEVE_ID>{l["eleve"]}</ELEVE_ID><PERSONNE_ID>{l["personne"]}'
                   f'</PERSONNE_ID><RESP_LEGAL>{l["legal"]}</RESP_LEGAL><CODE_PARENTE>20</CODE_PARENTE>'
                   '</RESPONSABLE_ELEVE>')
    out += ['    </RESPONSABLES>', '    <ADRESSES>']
    for a in sorted({p["adresse"] for p in s["persons"]}):
        n = int(a) - 300
        out.append(f'      <ADRESSE ADRESSE_ID="{a}"><LIGNE1_ADRESSE>{n} RUE DES TILLEULS</LIGNE1_ADRESSE>'
                   '<CODE_POSTAL>99000</CODE_POSTAL><LIBELLE_POSTAL>VILLE-TEST</LIBELLE_POSTAL></ADRESSE>')
    out += ['    </ADRESSES>', '  </DONNEES>', '</BEE_RESPONSABLES>', '']
    return "\n".join(out)


def sts_xml(s):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<STS_EDT>',
           f'  <PARAMETRES><UAJ CODE="{s["uaj"]}"/><ANNEE_SCOLAIRE ANNEE="2026"/></PARAMETRES>',
           '  <NOMENCLATURES><MATIERES>'
           '<MATIERE CODE="061300"><CODE_GESTION>MATHS</CODE_GESTION></MATIERE>'
           '<MATIERE CODE="020100"><CODE_GESTION>FRANC</CODE_GESTION></MATIERE>'
           '<MATIERE CODE="024200"><CODE_GESTION>LATIN</CODE_GESTION></MATIERE>'
           '</MATIERES></NOMENCLATURES>', '  <DONNEES>', '    <INDIVIDUS>']
    for t in s["staff"]:
        out.append(f'      <INDIVIDU ID="{t["id"]}" TYPE="epp"><NOM_USAGE>{t["nom"]}</NOM_USAGE>'
                   f'<NOM_PATRONYMIQUE>{t["nom"]}</NOM_PATRONYMIQUE><PRENOM>{t["prenom"]}</PRENOM>'
                   f'<DATE_NAISSANCE>{t["naissance"]}</DATE_NAISSANCE><FONCTION>ENS</FONCTION></INDIVIDU>')
    out += ['    </INDIVIDUS>', '    <STRUCTURE>', '      <DIVISIONS>']

    def services(code, group):
        lines = []
        for sv in s["services"]:
            if sv["structure"] != code or sv["group"] != group:
                continue
            teachers = "".join(f'<ENSEIGNANT ID="{t}" TYPE="epp"/>' for t in sv["teachers"])
            lines.append(f'<SERVICE CODE_MATIERE="{sv["matiere"]}" CODE_MOD_COURS="CG">'
                         f'<ENSEIGNANTS>{teachers}</ENSEIGNANTS></SERVICE>')
        return "".join(lines)

    for d in s["divisions"]:
        out.append(f'        <DIVISION CODE="{d}"><SERVICES>{services(d, False)}</SERVICES></DIVISION>')
    out += ['      </DIVISIONS>', '      <GROUPES>']
    for g in s["groups"]:
        members = "".join(f'<DIVISION_APPARTENANCE CODE="{d}"/>' for d in g["divisions"])
        out.append(f'        <GROUPE CODE="{g["code"]}"><DIVISIONS_APPARTENANCE>{members}</DIVISIONS_APPARTENANCE>'
                   f'<SERVICES>{services(g["code"], True)}</SERVICES></GROUPE>')
    out += ['      </GROUPES>', '    </STRUCTURE>', '  </DONNEES>', '</STS_EDT>', '']
    return "\n".join(out)


def write(folder, s, files=("eleves", "responsables", "sts")):
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    makers = {"eleves": ("ElevesSansAdresses.xml", eleves_xml), "responsables": ("ResponsablesAvecAdresses.xml",
              responsables_xml), "sts": (f"sts_emp_{UAJ}_2026.xml", sts_xml)}
    for f in files:
        name, make = makers[f]
        with open(os.path.join(folder, name), "w", encoding="utf-8") as out:
            out.write(make(s))


def pupil(s, eleve_id):
    return next(p for p in s["pupils"] if p["id"] == eleve_id)


def pair(case, change, files=("eleves", "responsables", "sts"), before=None):
    old = school()
    if before:
        before(old)
    new = copy.deepcopy(old)
    change(new)
    write(os.path.join(case, "old"), old, files)
    write(os.path.join(case, "new"), new, files)


def nothing(s):
    pass


def pupils_before(s):
    pupil(s, "108")["ine"] = ""                                               # NEW gives it: ine-changed (given)
    pupil(s, "109")["sortie"] = "15/10/2026"                                  # NEW drops it: pupil-arrived (back)


def pupils(s):
    pupil(s, "108")["ine"] = "0101010108A"
    pupil(s, "109")["sortie"] = ""
    s["pupils"].append(dict(id="113", ine="0101010113A", nom="MOREL", prenom="Zoé", naissance="05/05/2014",
                            division="6A", sortie=""))                       # pupil-arrived
    s["pupils"].append(dict(id="114", ine="", nom="NAVARRO", prenom="Enzo", naissance="06/06/2013",
                            division="", sortie=""))                          # pupil-arrived, no division
    s["pupils"] = [p for p in s["pupils"] if p["id"] != "112"]                # pupil-left (absent)
    pupil(s, "111")["sortie"] = "30/11/2026"                                  # pupil-left (DATE_SORTIE)
    pupil(s, "101")["division"] = "6B"                                        # pupil-moved
    pupil(s, "110")["division"] = ""                                          # pupil-moved, to no division
    pupil(s, "102")["nom"] = "BESSON-ROY"                                     # pupil-renamed
    pupil(s, "103")["ine"] = "0101010199Z"                                    # ine-changed
    pupil(s, "104")["ine"] = ""                                               # ine-changed (removed)
    pupil(s, "105")["id"] = "205105"                                          # pupil-id-changed (same INE)
    p = pupil(s, "106")                                                       # pupil-id-changed (no INE)
    p["id"], p["ine"] = "206106", ""
    for link in s["links"]:
        link["eleve"] = {"105": "205105", "106": "206106"}.get(link["eleve"], link["eleve"])
    s["links"] = [l for l in s["links"] if l["eleve"] != "112"]
    s["persons"] = [p for p in s["persons"] if p["id"] != "212"]


def responsables(s):
    s["persons"].append(dict(id="214", nom="AUBRY", prenom="Marc", adresse="301"))  # responsable-added
    s["links"].append(dict(eleve="101", personne="214", legal="2"))
    s["persons"] = [p for p in s["persons"] if p["id"] != "213"]                   # responsable-removed
    s["links"] = [l for l in s["links"] if l["personne"] != "213"]
    for p in s["persons"]:                                                         # responsable-id-changed
        if p["id"] == "208":
            p["id"] = "288"
    for l in s["links"]:
        if l["personne"] == "208":
            l["personne"] = "288"
    for l in s["links"]:
        if l["eleve"] == "102" and l["personne"] == "202":
            l["legal"] = "0"                                                       # link-changed: legal lost
    s["links"].append(dict(eleve="104", personne="203", legal="0"))                # link-changed: new link
    s["links"] = [l for l in s["links"] if not (l["eleve"] == "105" and l["personne"] == "205")]  # removed
    s["links"].append(dict(eleve="105", personne="206", legal="1"))                # added, legal


def structures(s):
    for p in s["pupils"]:                                                          # division-renamed 5B → 5E
        if p["division"] == "5B":
            p["division"] = "5E"
        if p["division"] == "6B":                                                  # division-removed 6B
            p["division"] = "6A"
    s["pupils"].append(dict(id="115", ine="0101010115A", nom="OUDIN", prenom="Léo", naissance="07/07/2012",
                            division="4A", sortie=""))                              # division-added 4A
    s["divisions"] = ["6A", "5A", "5E", "4A"]
    for sv in s["services"]:
        if sv["structure"] == "5B":
            sv["structure"] = "5E"
    s["services"] = [sv for sv in s["services"] if sv["structure"] != "6B"]
    s["groups"] = [dict(code="6_LAT", divisions=["6A"]), dict(code="4_GRE", divisions=["4A"])]  # group-added


def staff(s):
    s["staff"].append(dict(id="405", nom="QUENTIN", prenom="Emma", naissance="1985-03-03"))  # staff-arrived
    s["staff"] = [t for t in s["staff"] if t["id"] != "404"]                                  # staff-left
    for t in s["staff"]:
        if t["id"] == "403":
            t["nom"] = "OLIVIER-BRUN"                                                          # staff-renamed
        if t["id"] == "402":
            t["id"] = "492"                                                                    # staff-id-changed
    s["services"] = [sv for sv in s["services"] if sv["structure"] not in ("6_LAT", "5B")]   # service-removed (5B)
    for sv in s["services"]:
        sv["teachers"] = ["492" if t == "402" else t for t in sv["teachers"]]
        if sv["structure"] == "6B":
            sv["teachers"] = ["405"]                                                           # service-changed
    s["services"].append(dict(structure="5A", group=False, matiere="020100", teachers=["403"]))  # service-added
    s["groups"] = []                                                                            # group-removed


def partial(s):
    s["pupils"] = [p for p in s["pupils"] if p["division"] == "6A"]
    keep = {p["id"] for p in s["pupils"]}
    s["links"] = [l for l in s["links"] if l["eleve"] in keep]


def unplaced(s):
    s["structures"] = False


def other_school(s):
    s["uaj"] = "0888888X"


if __name__ == "__main__":
    pair("no-change", nothing)
    pair("pupils", pupils, ("eleves", "responsables"), pupils_before)
    pair("responsables", responsables, ("eleves", "responsables"))
    pair("structures", structures, ("eleves", "sts"))
    pair("staff", staff, ("sts",))
    pair("partial", partial, ("eleves", "responsables"))
    pair("unplaced", unplaced, ("eleves",))
    pair("other-school", other_school, ("eleves",))
    # NEW cut short (a download that stopped) beside a good STS file; OLD has
    # the responsables NEW lacks: both are said, neither is compared.
    pair("broken", nothing)
    path = os.path.join("broken", "new", "ElevesSansAdresses.xml")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text[: len(text) // 2])
    os.remove(os.path.join("broken", "new", "ResponsablesAvecAdresses.xml"))
