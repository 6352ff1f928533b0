#!/usr/bin/env python3
"""Writes large synthetic SIECLE / STS-Web exports for benchmarks.

    bench/generate.py --pupils 100000 --out /tmp/bench

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
    divisions = [f"{level} {i + 1}" for level in (6, 5, 4, 3) for i in range(max(1, pupils // 4 // 28))]
    with open(path, "w", encoding="iso-8859-15", newline="\r\n") as out:
        out.write('<?xml version="1.0" encoding="ISO-8859-15"?>\n<BEE_ELEVES VERSION="3.2">\n<PARAMETRES>'
                  "<UAJ>0999999F</UAJ><ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE><DATE_EXPORT>02/09/2026</DATE_EXPORT>"
                  "</PARAMETRES>\n<DONNEES>\n<ELEVES>\n")
        for i in range(pupils):
            ine = "" if rng.random() < 0.005 else rnie(100000000 + i)
            first = rng.choice(FIRST)
            if rng.random() < 0.002:
                first = f"{first} Et {rng.choice(FIRST)}"
            out.write(f'<ELEVE ELEVE_ID="{1000000 + i}" ELENOET="{i}">\n'
                      f"<ID_NATIONAL>{ine}</ID_NATIONAL>\n<ELENOET>{i}</ELENOET>\n"
                      f"<NOM_DE_FAMILLE>{surname(rng)}</NOM_DE_FAMILLE>\n<NOM_USAGE></NOM_USAGE>\n"
                      f"<PRENOM>{first}</PRENOM>\n<PRENOM2></PRENOM2>\n"
                      f"<DATE_NAISS>{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2009, 2015)}</DATE_NAISS>\n"
                      "<CODE_PAYS>100</CODE_PAYS>\n<CODE_SEXE>1</CODE_SEXE>\n<CODE_MEF>10010012110</CODE_MEF>\n"
                      "<CODE_REGIME>2</CODE_REGIME>\n<DOUBLEMENT>0</DOUBLEMENT>\n<DATE_ENTREE>01/09/2026</DATE_ENTREE>\n"
                      "<SCOLARITE_AN_DERNIER><CODE_STRUCTURE>CM2</CODE_STRUCTURE><CODE_RNE>0000001B</CODE_RNE>"
                      "</SCOLARITE_AN_DERNIER>\n</ELEVE>\n")
        out.write("</ELEVES>\n<STRUCTURES>\n")
        for i in range(pupils):
            division = "3EME-EURO" if rng.random() < 0.001 else rng.choice(divisions)
            out.write(f'<STRUCTURES_ELEVE ELEVE_ID="{1000000 + i}" ELENOET="{i}"><STRUCTURE>'
                      f"<CODE_STRUCTURE>{division}</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE>"
                      "</STRUCTURE></STRUCTURES_ELEVE>\n")
        out.write("</STRUCTURES>\n</DONNEES>\n</BEE_ELEVES>\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pupils", type=int, default=100000)
    parser.add_argument("--out", default="/tmp/scolint-bench")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    write_eleves(os.path.join(args.out, f"ElevesSansAdresses_{args.pupils}.xml"), args.pupils, random.Random(args.seed))


if __name__ == "__main__":
    main()
