"""Fills a Goalbook template the way a script with openpyxl would.

Usage: fill_openpyxl.py IN.xlsx OUT.xlsx '{"unika_kunder": 1200, "gb_comment_nps": "text"}'
Prints every defined name as "name:<name>", one per line, then saves OUT.xlsx.
"""
import json
import sys

import openpyxl

source, target, values = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
wb = openpyxl.load_workbook(source)
for defined in wb.defined_names.definedName:
    print("name:" + defined.name)
    if defined.name in values:
        for title, ref in defined.destinations:
            wb[title][ref.replace("$", "").split(":")[0]] = values[defined.name]
wb.save(target)
