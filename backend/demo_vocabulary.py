"""The demo catalogue's vocabulary: product groups with their VAT class, brands and kinds of article
(name templates, variants, price ranges, unit, in-store prefix), and the hand-picked showcase items
the design's journeys talk about. `backend.demo_catalogue` generates the products from it."""

from __future__ import annotations

# --- the catalogue's vocabulary -------------------------------------------------------------------
# A kind is (name template, variants, lowest euros, highest euros, unit, in-store prefix or None).
# Templates use {b} brand as shown in names, {m} a model code, {v} a variant.
Kind = tuple[str, tuple[str, ...], int, int, str, "str | None"]
Group = tuple[str, str, tuple[tuple[str, str], ...], tuple[Kind, ...]]


def _brands(*names: str) -> tuple[tuple[str, str], ...]:
    return tuple((n, n) for n in names)


PRICE_ENDINGS = (99, 99, 99, 49, 95, 29, 79)
MODEL_SERIES = ("GSR", "PSB", "GWS", "DHP", "BS", "TE", "PX", "KX", "Pro", "Vario", "Ultra", "S")
GROUPS: tuple[Group, ...] = (
    (
        "Elektrowerkzeug",
        "A",
        _brands("Bosch", "Makita", "Metabo", "Einhell", "Festool", "AEG", "Milwaukee"),
        (
            ("{b} Akku-Bohrschrauber {m} {v}", ("12V", "18V", "10,8V"), 59, 249, "pc", None),
            ("{b} Schlagbohrmaschine {m} {v}", ("650 W", "750 W", "850 W"), 49, 199, "pc", None),
            ("{b} Stichsäge {m} {v}", ("500 W", "710 W"), 49, 189, "pc", None),
            ("{b} Winkelschleifer {m} {v}", ("115 mm", "125 mm", "230 mm"), 39, 229, "pc", None),
            ("{b} Exzenterschleifer {m} {v}", ("125 mm", "150 mm"), 59, 349, "pc", None),
        ),
    ),
    (
        "Handwerkzeug",
        "A",
        _brands("Wera", "Knipex", "Gedore", "Stanley", "Wiha"),
        (
            ("{b} Schraubendreher-Set {v}", ("6-tlg.", "7-tlg.", "12-tlg."), 14, 69, "pc", None),
            ("{b} Wasserpumpenzange {v}", ("180 mm", "250 mm", "300 mm"), 12, 49, "pc", None),
            ("{b} Maßband {v}", ("3 m", "5 m", "8 m"), 5, 24, "pc", None),
            ("{b} Schlosserhammer {v}", ("300 g", "500 g", "1000 g"), 9, 39, "pc", None),
        ),
    ),
    (
        "Befestigung",
        "A",
        _brands("Fischer", "Spax", "Würth", "Tox"),
        (
            ("{b} Dübel SX {v}", ("6x30, 50 Stück", "8x40, 25 Stück", "10x50, 20 Stück"), 3, 12, "pc", None),
            (
                "{b} Holzschrauben {v}",
                ("4x40 mm, 200 Stück", "5x60 mm, 100 Stück", "3,5x30 mm, 500 Stück"),
                4,
                19,
                "pc",
                None,
            ),
        ),
    ),
    (
        "Farben & Lacke",
        "A",
        _brands("Alpina", "Schöner Wohnen", "Caparol", "Lukas"),
        (
            (
                "{b} Wandfarbe {v}",
                ("Weiß matt 2,5 l", "Weiß matt 10 l", "Sandbeige 2,5 l", "Grün 2,5 l"),
                14,
                79,
                "pc",
                None,
            ),
            (
                "{b} Buntlack {v}",
                ("Rot seidenmatt 375 ml", "Weiß glänzend 750 ml", "Anthrazit 375 ml"),
                9,
                29,
                "pc",
                None,
            ),
        ),
    ),
    (
        "Garten",
        "A",
        _brands("Gardena", "Kärcher", "Wolf-Garten", "Compo"),
        (
            ("{b} Gartenschlauch {v}", ("15 m", "20 m", "30 m"), 19, 69, "pc", None),
            ("{b} Hochdruckreiniger K {v}", ("2", "3", "4", "5"), 89, 399, "pc", None),
            ("{b} Blumenerde {v}", ("20 l", "40 l", "70 l"), 3, 14, "pc", None),
            ("{b} Rasendünger {v}", ("2,5 kg", "5 kg", "10 kg"), 9, 39, "pc", None),
        ),
    ),
    (
        "Beleuchtung",
        "A",
        _brands("Osram", "Philips", "Paulmann", "Ledvance"),
        (
            (
                "{b} LED-Lampe E27 {v}",
                ("8 W warmweiß", "10 W warmweiß", "13 W neutralweiß"),
                2,
                12,
                "pc",
                None,
            ),
            ("{b} LED-Spot GU10 {v}", ("4,7 W", "5 W dimmbar"), 3, 14, "pc", None),
            ("{b} LED-Streifen {v}", ("3 m", "5 m RGB"), 19, 59, "pc", None),
        ),
    ),
    (
        "Audio & Kopfhörer",
        "A",
        _brands("Sony", "JBL", "Sennheiser", "Bose"),
        (
            ("{b} Bluetooth-Kopfhörer {m} {v}", ("schwarz", "weiß", "blau"), 39, 379, "pc", None),
            ("{b} Lautsprecher {m} {v}", ("schwarz", "grau"), 29, 299, "pc", None),
        ),
    ),
    (
        "Computer & Zubehör",
        "A",
        _brands("Lenovo", "HP", "Asus", "Acer", "Logitech", "SanDisk"),
        (
            ('{b} Laptop {m} 15,6" {v}', ("8 GB RAM", "16 GB RAM", "32 GB RAM"), 399, 1499, "pc", None),
            ("{b} USB-C Ladekabel {v}", ("1 m", "2 m"), 7, 24, "pc", None),
            ("{b} Funkmaus {m} {v}", ("schwarz", "grau"), 12, 79, "pc", None),
            ("{b} microSD-Karte {v}", ("64 GB", "128 GB", "256 GB"), 9, 49, "pc", None),
            ("{b} Tastatur {m} {v}", ("QWERTZ", "QWERTZ kabellos"), 19, 129, "pc", None),
        ),
    ),
    (
        "Haushaltsgeräte",
        "A",
        _brands("Bosch", "Siemens", "WMF", "Rowenta", "Severin"),
        (
            ("{b} Wasserkocher {v}", ("1,0 l", "1,7 l Edelstahl"), 19, 89, "pc", None),
            ("{b} Kaffeemaschine {m} {v}", ("Filter", "Vollautomat"), 39, 899, "pc", None),
            ("{b} Staubsauger {m} {v}", ("beutellos", "mit Beutel"), 79, 399, "pc", None),
        ),
    ),
    (
        "Molkereiprodukte",
        "B",
        (
            ("GutBio", "Bio"),
            ("Weihenstephan", "Weihenstephan"),
            ("Landliebe", "Landliebe"),
            ("Müller", "Müller"),
            ("Zott", "Zott"),
        ),
        (
            ("{b} Vollmilch 3,8 % {v}", ("1 l", "0,5 l"), 0, 1, "pc", None),
            (
                "{b} Joghurt {v}",
                ("Natur 500 g", "Erdbeere 150 g", "Pfirsich-Maracuja 150 g"),
                0,
                2,
                "pc",
                None,
            ),
            ("{b} Butter {v}", ("250 g", "Süßrahm 250 g"), 1, 3, "pc", None),
            ("{b} Speisequark {v}", ("20 % 500 g", "Magerstufe 250 g"), 0, 2, "pc", None),
        ),
    ),
    (
        "Frühstück & Cerealien",
        "B",
        (("Kölln", "Kölln"), ("Seitenbacher", "Seitenbacher"), ("GutBio", "Bio")),
        (
            ("{b} Müsli {v}", ("Schoko 500 g", "Früchte 750 g", "Nuss & Mandel 500 g"), 2, 5, "pc", None),
            ("{b} Haferflocken {v}", ("zart 500 g", "kernig 1 kg"), 0, 3, "pc", None),
        ),
    ),
    (
        "Backwaren",
        "B",
        (("Harry", "Harry"), ("Lieken", "Lieken"), ("Hausbäckerei", "")),
        (
            ("{b} Vollkornbrot {v}", ("500 g", "750 g"), 1, 3, "pc", None),
            ("{b} Brötchen {v}", ("6 Stück", "10 Stück Aufback"), 1, 2, "pc", None),
            ("{b} Laugenbrezel {v}", ("frisch",), 0, 1, "pc", "22"),
        ),
    ),
    (
        "Getränke",
        "A",
        _brands("Gerolsteiner", "Volvic", "Adelholzener", "Bionade", "Hohes C"),
        (
            ("{b} Mineralwasser {v}", ("Sprudel 1 l", "Medium 0,75 l", "Naturell 1,5 l"), 0, 1, "pc", None),
            ("{b} Apfelsaft {v}", ("naturtrüb 1 l", "klar 1 l"), 1, 3, "pc", None),
            ("{b} Schorle {v}", ("Apfel 0,5 l", "Rhabarber 0,33 l"), 0, 1, "pc", None),
        ),
    ),
    (
        "Obst & Gemüse",
        "B",
        (("Frische", ""), ("GutBio", "Bio")),
        (
            (
                "{b} {v} lose",
                ("Bananen", "Äpfel Elstar", "Tomaten", "Möhren", "Zwiebeln", "Kartoffeln festkochend"),
                1,
                4,
                "kg",
                "28",
            ),
            ("{b} Möhren {v}", ("1 kg Beutel", "2 kg Beutel"), 0, 2, "pc", None),
        ),
    ),
    (
        "Frischetheke",
        "B",
        (("Theke", ""),),
        (
            (
                "{b} {v}",
                ("Gouda mittelalt", "Bergkäse", "Schwarzwälder Schinken", "Hähnchenbrust"),
                9,
                29,
                "kg",
                "28",
            ),
            ("{b} {v} vorverpackt", ("Leberkäse", "Obatzda", "Fleischsalat"), 1, 5, "pc", "22"),
        ),
    ),
    (
        "Süßwaren & Snacks",
        "B",
        _brands("Ritter Sport", "Milka", "Haribo", "Lindt", "Bahlsen"),
        (
            ("{b} Schokolade {v}", ("Vollmilch 100 g", "Nuss 100 g", "Zartbitter 100 g"), 0, 3, "pc", None),
            ("{b} Fruchtgummi {v}", ("Goldbären 200 g", "Saure Schnüre 175 g"), 0, 2, "pc", None),
            ("{b} Butterkekse {v}", ("200 g",), 1, 2, "pc", None),
        ),
    ),
    (
        "Kaffee & Tee",
        "B",
        _brands("Tchibo", "Jacobs", "Dallmayr", "Teekanne", "Meßmer"),
        (
            ("{b} Kaffee {v}", ("gemahlen 500 g", "ganze Bohne 1 kg", "Crema 1 kg"), 4, 16, "pc", None),
            (
                "{b} Tee {v}",
                ("Pfefferminze 20 Beutel", "Früchte 20 Beutel", "Grüner Tee 20 Beutel"),
                1,
                3,
                "pc",
                None,
            ),
        ),
    ),
    (
        "Drogerie",
        "A",
        _brands("Nivea", "Balea", "Tempo", "Persil", "Frosch"),
        (
            ("{b} Duschgel {v}", ("Sensitive 250 ml", "Fresh 250 ml"), 0, 3, "pc", None),
            ("{b} Spülmittel {v}", ("Zitrone 500 ml", "Aloe Vera 750 ml"), 0, 2, "pc", None),
            ("{b} Waschmittel {v}", ("Universal 20 WL", "Color 40 WL"), 4, 14, "pc", None),
        ),
    ),
)
GROUP_VAT = {g[0]: g[1] for g in GROUPS}
# Weighed and counter goods are a small share of a DIY/electronics chain's range: they draw 1 in 4 as often.
_FRESH = {"Obst & Gemüse", "Frischetheke"}
GROUP_PICK: tuple[Group, ...] = tuple(g for g in GROUPS for _ in range(1 if g[0] in _FRESH else 4))

# The items the design's journeys and the demo talk about, first (the most popular) in every catalogue.
# (name, brand, group, price in cents, unit, in-store prefix or None)
SHOWCASE: tuple[tuple[str, str, str, int, str, str | None], ...] = (
    ("Bosch Akku-Bohrschrauber GSR 12V-15 Professional", "Bosch", "Elektrowerkzeug", 12999, "pc", None),
    ("Bio Vollmilch 3,8 % 1 l", "GutBio", "Molkereiprodukte", 149, "pc", None),
    ('Lenovo Laptop IdeaPad 5 15,6" 16 GB RAM', "Lenovo", "Computer & Zubehör", 79999, "pc", None),
    ("Kölln Müsli Schoko 500 g", "Kölln", "Frühstück & Cerealien", 349, "pc", None),
    ("Bananen lose", "Frische", "Obst & Gemüse", 199, "kg", "28"),
    ("Gouda jung am Stück", "Theke", "Frischetheke", 1299, "kg", "28"),
    ("Laugenbrezel", "Hausbäckerei", "Backwaren", 79, "pc", "22"),
    ("Gerolsteiner Mineralwasser Sprudel 1 l", "Gerolsteiner", "Getränke", 79, "pc", None),
    ("Makita Akku-Schlagschrauber DTD153Z 18V", "Makita", "Elektrowerkzeug", 11999, "pc", None),
    ("Fischer Dübel SX 6x30, 50 Stück", "Fischer", "Befestigung", 429, "pc", None),
    ("Tchibo Kaffee Feine Milde gemahlen 500 g", "Tchibo", "Kaffee & Tee", 699, "pc", None),
    ("Äpfel Elstar lose", "Frische", "Obst & Gemüse", 249, "kg", "28"),
)
