#!/usr/bin/env python3
"""Writes large synthetic SIECLE / STS-Web / AAF / CSV exports for benchmarks.

    bench/generate.py --pupils 100000 --out /tmp/bench                 # SIECLE ElevesSansAdresses
    bench/generate.py --pupils 100000 --kinds eleves,sts,aaf,csv --out /tmp/bench

All names are drawn from small invented lists; nothing is real. About 1 % of
records carry a defect (missing INE, couple in one record, duplicate pupil,
long division code) so that the rules have work to do."""
import argparse
import os
import random

FIRST = ["Zoé", "Léo", "Chloé", "Lucas", "Inès", "Hugo", "Jade", "Noé", "Lina", "Théo", "Awa", "Yann",
         "Marie-Noëlle", "Jean-Pierre", "Anaïs", "Gaël", "Maëlys", "Aurélien", "Éloïse", "Sacha"]
LAST = ["EXEMPLE", "FICTIF", "MODELE", "ESSAI", "TESTEUR", "MAQUETTE", "D'ALMEIDA", "N'DIAYE", "LE GALL",
        "DE LA TESTE", "ŒUVRARD", "LEFÈVRE", "MARTEL-FICTIF", "BIDULE", "CHOSE", "TRUC", "MACHIN", "SPÉCIMEN"]


SYLLABLES = ["BA", "LO", "MI", "RU", "TE", "NA", "VO", "DI", "CA", "SE", "PE", "GO", "LU", "FA", "RI", "MO",
             "ZE", "TI", "NO", "BE", "QUA", "VER", "DOU", "CHE"]


def birth_date(rng):
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2009, 2015)}"


def pupil_ine(rng, n):
    """An RNIE-shaped INE, missing for 0.5 % of pupils (P001)."""
    return "" if rng.random() < 0.005 else rnie(n)


def first_name(rng):
    """A first name: one of the usual ones 30 % of the time (accents, hyphens),
    else a made-up one, so that logins collide at a realistic rate instead of
    on every second record."""
    if rng.random() < 0.3:
        return rng.choice(FIRST)
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def surname(rng):
    """A made-up surname: 3 to 4 syllables give ~350 000 of them, so logins
    collide about as often as in a real academy, not on every record."""
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4)))
    return rng.choice(LAST) if rng.random() < 0.02 else name


def rnie(n):
    letters = "ABCDEFGHJK"
    key = 97 - n % 97
    return f"{n:09d}{letters[key // 10]}{letters[key % 10]}"


def write_eleves(path, pupils, rng):
    divisions = divisions_for(pupils)
    with open(path, "w", encoding="iso-8859-15", newline="\r\n") as out:
        out.write('<?xml version="1.0" encoding="ISO-8859-15"?>\n<BEE_ELEVES VERSION="3.2">\n<PARAMETRES>'
                  "<UAJ>0999999F</UAJ><ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE><DATE_EXPORT>02/09/2026</DATE_EXPORT>"
                  "</PARAMETRES>\n<DONNEES>\n<ELEVES>\n")
        for i in range(pupils):
            ine = pupil_ine(rng, 100000000 + i)
            first = first_name(rng)
            if rng.random() < 0.002:
                first = f"{first} Et {rng.choice(FIRST)}"
            out.write(f'<ELEVE ELEVE_ID="{1000000 + i}" ELENOET="{i}">\n'
                      f"<ID_NATIONAL>{ine}</ID_NATIONAL>\n<ELENOET>{i}</ELENOET>\n"
                      f"<NOM_DE_FAMILLE>{surname(rng)}</NOM_DE_FAMILLE>\n<NOM_USAGE></NOM_USAGE>\n"
                      f"<PRENOM>{first}</PRENOM>\n<PRENOM2></PRENOM2>\n"
                      f"<DATE_NAISS>{birth_date(rng)}</DATE_NAISS>\n"
                      "<CODE_PAYS>100</CODE_PAYS>\n<CODE_SEXE>1</CODE_SEXE>\n<CODE_MEF>10010012110</CODE_MEF>\n"
                      "<CODE_REGIME>2</CODE_REGIME>\n<DOUBLEMENT>0</DOUBLEMENT>\n<DATE_ENTREE>01/09/2026</DATE_ENTREE>\n"
                      "<SCOLARITE_AN_DERNIER><CODE_STRUCTURE>CM2</CODE_STRUCTURE><CODE_RNE>0000001B</CODE_RNE>"
                      "</SCOLARITE_AN_DERNIER>\n</ELEVE>\n")
        out.write("</ELEVES>\n<STRUCTURES>\n")
        for i in range(pupils):
            index = rng.randrange(len(divisions))
            division = "3EME-EURO" if rng.random() < 0.001 else divisions[index]
            # Half the pupils of every other division take the Latin group STS-Web defines for it.
            group = (f"<STRUCTURE><CODE_STRUCTURE>LAT{index // 2}</CODE_STRUCTURE><TYPE_STRUCTURE>G</TYPE_STRUCTURE>"
                     "</STRUCTURE>") if index % 2 == 0 and rng.random() < 0.5 else ""
            out.write(f'<STRUCTURES_ELEVE ELEVE_ID="{1000000 + i}" ELENOET="{i}"><STRUCTURE>'
                      f"<CODE_STRUCTURE>{division}</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE>"
                      f"</STRUCTURE>{group}</STRUCTURES_ELEVE>\n")
        out.write("</STRUCTURES>\n</DONNEES>\n</BEE_ELEVES>\n")


def divisions_for(pupils):
    return [f"{level} {i + 1}" for level in (6, 5, 4, 3) for i in range(max(1, pupils // 4 // 28))]


def write_sts(path, pupils, rng):
    """STS_EDT of an establishment group the size of `pupils`: one teacher per
    15 pupils, every division with 6 services, one group per two divisions."""
    divisions = divisions_for(pupils)
    teachers = max(1, pupils // 15)
    with open(path, "w", encoding="iso-8859-15", newline="\r\n") as out:
        out.write('<?xml version="1.0" encoding="ISO-8859-15"?>\n<STS_EDT>\n<PARAMETRES><UAJ CODE="0999999F"/>'
                  '<ANNEE_SCOLAIRE ANNEE="2026"/></PARAMETRES>\n<NOMENCLATURES><MATIERES>\n')
        for code, gestion in (("030201", "ANG"), ("061300", "MATHS"), ("020100", "FRANC"), ("024200", "LATIN")):
            out.write(f'<MATIERE CODE="{code}"><CODE_GESTION>{gestion}</CODE_GESTION></MATIERE>\n')
        out.write("</MATIERES></NOMENCLATURES>\n<DONNEES>\n<INDIVIDUS>\n")
        for i in range(teachers):
            out.write(f'<INDIVIDU ID="{90000 + i}" TYPE="epp"><NOM_USAGE>{surname(rng)}</NOM_USAGE>'
                      f"<NOM_PATRONYMIQUE>{surname(rng)}</NOM_PATRONYMIQUE><PRENOM>{first_name(rng)}</PRENOM>"
                      f"<DATE_NAISSANCE>19{rng.randint(60, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}</DATE_NAISSANCE>"
                      "<FONCTION>ENS</FONCTION></INDIVIDU>\n")
        out.write("</INDIVIDUS>\n<STRUCTURE>\n<DIVISIONS>\n")

        def services():
            return "".join(f'<SERVICE CODE_MATIERE="{m}" CODE_MOD_COURS="CG"><ENSEIGNANTS>'
                           f'<ENSEIGNANT ID="{90000 + rng.randrange(teachers)}" TYPE="epp"/></ENSEIGNANTS></SERVICE>'
                           for m in ("030201", "061300", "020100", "030201", "061300", "020100"))
        for division in divisions:
            code = "3EME-EURO-1" if rng.random() < 0.01 else division
            out.write(f'<DIVISION CODE="{code}"><LIBELLE_LONG>{code}</LIBELLE_LONG><SERVICES>{services()}'
                      "</SERVICES></DIVISION>\n")
        out.write("</DIVISIONS>\n<GROUPES>\n")
        for i, division in enumerate(divisions[::2]):
            code = f"LAT{i}" if rng.random() > 0.01 else f"{division}/LATIN"
            out.write(f'<GROUPE CODE="{code}"><LIBELLE_LONG>{code}</LIBELLE_LONG><DIVISIONS_APPARTENANCE>'
                      f'<DIVISION_APPARTENANCE CODE="{division}"/></DIVISIONS_APPARTENANCE><SERVICES>{services()}'
                      "</SERVICES></GROUPE>\n")
        out.write("</GROUPES>\n</STRUCTURE>\n</DONNEES>\n</STS_EDT>\n")


def relatives(rng, first_id):
    """ENTElevePersRelEleve values: two legal responsables, none for about 1 % of pupils."""
    if rng.random() < 0.01:
        return ""
    values = "".join(f"<value>{first_id + k}$10$1$1$1$1</value>" for k in range(2))
    return f'<attr name="ENTElevePersRelEleve">{values}</attr>'


def write_aaf(path, pupils, rng):
    """An AAF Eleve file (ficAlimMENESR, UTF-8) with the same defect rates."""
    divisions = divisions_for(pupils)
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE ficAlimMENESR SYSTEM "ficAlimMENESR.dtd">\n'
                  "<ficAlimMENESR>\n")
        for i in range(pupils):
            ine = pupil_ine(rng, 200000000 + i)  # other pupils than the SIECLE file's
            ine_attr = f'<attr name="ENTEleveINE"><value>{ine}</value></attr>' if ine else ""
            out.write('<addRequest>\n<operationalAttributes><attr name="categoriePersonne"><value>Eleve</value>'
                      f"</attr></operationalAttributes>\n<identifier><id>{3000000 + i}</id></identifier>\n"
                      f'<attributes><attr name="ENTPersonJointure"><value>{3000000 + i}</value></attr>{ine_attr}'
                      f'<attr name="ENTPersonDateNaissance"><value>{birth_date(rng)}</value></attr>'
                      f'<attr name="sn"><value>{surname(rng)}</value></attr>'
                      f'<attr name="givenName"><value>{first_name(rng)}</value></attr>'
                      f'<attr name="ENTEleveClasses"><value>0999999F${rng.choice(divisions)}</value></attr>'
                      f"{relatives(rng, 4000000 + 2 * i)}</attributes>\n</addRequest>\n")
        out.write("</ficAlimMENESR>\n")


def write_csv(path, pupils, rng):
    """A SIECLE custom extraction (windows-1252, `;`), one pupil and two legal responsables a row."""
    divisions = divisions_for(pupils)
    with open(path, "w", encoding="cp1252", newline="\r\n") as out:
        out.write("Nom de famille;Prénom 1;Date de naissance;INE;Division;Nom de famille resp. légal1;"
                  "Prénom resp. légal1;Courriel resp. légal1;Nom de famille resp. légal2;Prénom resp. légal2;"
                  "Courriel resp. légal2\n")
        for i in range(pupils):
            ine = pupil_ine(rng, 300000000 + i)
            nom = surname(rng)
            out.write(f"{nom};{first_name(rng)};{birth_date(rng)};{ine};{rng.choice(divisions)};{nom};{first_name(rng)};"
                      f"parent{i}@example.invalid;{nom};{first_name(rng)};\n")


WRITERS = {
    "eleves": ("ElevesSansAdresses_{n}.xml", write_eleves),
    "sts": ("sts_emp_0999999F_{n}.xml", write_sts),
    "aaf": ("ENT_0999999F_Complet_{n}_Eleve_0000.xml", write_aaf),
    "csv": ("extraction_{n}.csv", write_csv),
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pupils", type=int, default=100000)
    parser.add_argument("--out", default="/tmp/scolint-bench")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kinds", default="eleves", help="comma-separated: " + ",".join(WRITERS))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for kind in args.kinds.split(","):
        name, write = WRITERS[kind]
        write(os.path.join(args.out, name.format(n=args.pupils)), args.pupils, random.Random(args.seed))


if __name__ == "__main__":
    main()
