#!/usr/bin/env python3
"""Writes the NEW of a `scolint diff` benchmark from a generated pupils' export
(bench/generate.py): the same school a few weeks later, with a realistic
share of changes, streamed line by line (a 1M-pupil file in bounded memory).

    bench/perturb.py OLD.xml NEW.xml

Of every 1 000 pupils: 10 left (absent), 5 typed again under a new ELEVE_ID,
10 renamed, 3 with another INE, 19 moved to another division; 10 new pupils
arrive. Every change is one of `scolint diff`'s kinds (docs/diff.md)."""
import re
import sys

ID = re.compile(r'ELEVE_ID="(\d+)"')


def main(old_path, new_path):
    arrivals = []
    with open(old_path, encoding="iso-8859-15", newline="") as old, \
            open(new_path, "w", encoding="iso-8859-15", newline="") as new:
        pupil = []
        in_pupil = False
        for line in old:
            if line.startswith("<ELEVE "):
                in_pupil, pupil = True, [line]
                continue
            if in_pupil:
                pupil.append(line)
                if line.startswith("</ELEVE>"):
                    in_pupil = False
                    new.write(changed_pupil(pupil, arrivals))
                continue
            if line.startswith("</ELEVES>"):
                new.writelines(arrivals_xml(arrivals))
            if line.startswith("<STRUCTURES_ELEVE "):
                line = changed_structure(line)
                if line is None:
                    continue
            if line.startswith("</STRUCTURES>"):
                new.writelines(arrival_structures(arrivals))
            new.write(line)


def number(line):
    return int(ID.search(line).group(1)) - 1000000


def changed_pupil(lines, arrivals):
    n = number(lines[0])
    if n % 100 == 1:
        return ""                                              # pupil-left
    text = "".join(lines)
    if n % 200 == 2:
        text = ID.sub(f'ELEVE_ID="{9000000 + n}"', text, count=1)  # pupil-id-changed
    if n % 100 == 3:
        text = text.replace("</NOM_DE_FAMILLE>", "-BIS</NOM_DE_FAMILLE>", 1)  # pupil-renamed
    if n % 1000 == 4:
        text = re.sub(r"<ID_NATIONAL>[^<]*</ID_NATIONAL>", f"<ID_NATIONAL>9{n:09d}Z</ID_NATIONAL>", text)
    if n % 100 == 5:
        arrivals.append(n)                                    # pupil-arrived (a look-alike under a new id)
    return text


def changed_structure(line):
    n = number(line)
    if n % 100 == 1:
        return None
    if n % 200 == 2:
        line = ID.sub(f'ELEVE_ID="{9000000 + n}"', line, count=1)
    if n % 53 == 7:
        line = re.sub(r"<CODE_STRUCTURE>(\d) (\d+)</CODE_STRUCTURE>",
                      lambda m: f"<CODE_STRUCTURE>{m.group(1)} {int(m.group(2)) % 9 + 1}</CODE_STRUCTURE>", line,
                      count=1)                                # pupil-moved
    return line


def arrivals_xml(arrivals):
    for n in arrivals:
        yield (f'<ELEVE ELEVE_ID="{8000000 + n}" ELENOET="{8000000 + n}">\r\n<ID_NATIONAL>8{n:09d}Y</ID_NATIONAL>\r\n'
               f"<NOM_DE_FAMILLE>ARRIVE{n}</NOM_DE_FAMILLE>\r\n<PRENOM>Nouveau</PRENOM>\r\n"
               "<DATE_NAISS>01/01/2014</DATE_NAISS>\r\n</ELEVE>\r\n")


def arrival_structures(arrivals):
    for n in arrivals:
        yield (f'<STRUCTURES_ELEVE ELEVE_ID="{8000000 + n}"><STRUCTURE><CODE_STRUCTURE>6 1</CODE_STRUCTURE>'
               "<TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE></STRUCTURES_ELEVE>\r\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
