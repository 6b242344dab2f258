#!/usr/bin/env python3
"""Writes an Orchard-format recipe with N content items (fixed ids, so re-running changes nothing).

Usage: generate-recipe.py N OUTPUT_FILE
The items use a BenchArticle type with title, route, HTML body and indexed fields, so the import
exercises handlers, validation, sanitizing, unique paths and the field index like real content.
"""
import json
import random
import sys

ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"


def new_id(rng):
    return "".join(rng.choice(ALPHABET) for _ in range(26))


def main():
    count, output = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(20190709)  # fixed seed: the same file every time
    definition = {
        "name": "ContentDefinition",
        "ContentTypes": [{
            "Name": "BenchArticle",
            "DisplayName": "Bench article",
            "Settings": {"ContentTypeSettings": {"Creatable": True, "Listable": True, "Draftable": True, "Versionable": True}},
            "ContentTypePartDefinitionRecords": [
                {"PartName": "TitlePart", "Name": "TitlePart", "Settings": {"ContentTypePartSettings": {"Position": "0"}}},
                {"PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": {
                    "ContentTypePartSettings": {"Position": "1"},
                    "AutoroutePartSettings": {"Pattern": "bench/{{ Model.ContentItem | display_text | slugify }}"}}},
                {"PartName": "HtmlBodyPart", "Name": "HtmlBodyPart", "Settings": {"ContentTypePartSettings": {"Position": "2"}}},
                {"PartName": "BenchArticle", "Name": "BenchArticle", "Settings": {"ContentTypePartSettings": {"Position": "3"}}},
            ],
        }],
        "ContentParts": [{
            "Name": "BenchArticle",
            "ContentPartFieldDefinitionRecords": [
                {"FieldName": "NumericField", "Name": "Year", "Settings": {"ContentPartFieldSettings": {"Position": "0"}}},
                {"FieldName": "TextField", "Name": "Municipality", "Settings": {"ContentPartFieldSettings": {"Position": "1"}}},
                {"FieldName": "DateField", "Name": "Date", "Settings": {"ContentPartFieldSettings": {"Position": "2"}}},
            ],
        }],
    }
    towns = ["Deventer", "Dordrecht", "Breda", "Utrecht", "Tilburg", "Groningen", "Leeuwarden", "Eindhoven", "Enschede"]
    items = []
    for i in range(count):
        year = 1994 + i % 32
        items.append({
            "ContentItemId": new_id(rng),
            "ContentItemVersionId": new_id(rng),
            "ContentType": "BenchArticle",
            "DisplayText": f"Testartikel {i}",
            "Latest": True,
            "Published": True,
            "TitlePart": {"Title": f"Testartikel {i}"},
            "AutoroutePart": {"Path": ""},
            "HtmlBodyPart": {"Html": f"<p>Alinea {i} met <strong>opmaak</strong> en een <a href=\"/blog\">link</a>.</p><script>alert(1)</script>"},
            "BenchArticle": {
                "Year": {"Value": year},
                "Municipality": {"Text": towns[i % len(towns)]},
                "Date": {"Value": f"{year}-11-{1 + i % 28:02d}T00:00:00Z"},
            },
        })
    recipe = {"name": f"bench-{count}", "displayName": f"Benchmark: {count} items", "steps": [definition, {"name": "content", "Data": items}]}
    with open(output, "w", encoding="utf-8") as f:
        json.dump(recipe, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
