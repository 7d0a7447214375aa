-- The legal dates of the VNG letter to its members of 30 January 2024 (Lbr. 24/003, ../shared/seeds/), each with the
-- letter's own sentence, and the dates the letter points to but does not state, each with the source that states it.
-- The Spreidingswet's own dates (raming, provinciaal plan, verdeelbesluit, realisatie) stay data of the cycle (termijn).
-- Not here, because no source at hand states a date: the application deadline of the specifieke uitkering (Regeling
-- specifieke uitkeringen, Stcrt. 2024, 3349: "before the start of the next cycle", no date) and the formal adoption of
-- the extension of the EU temporary protection until 4 March 2027 (only the political agreement of 13 June 2025 was
-- found). Both can be added through POST /api/v1/wettelijke-datums with their source.
-- The ids are name-based (uuid v5 of urn:nld:spreiding:wettelijke-datum:<sleutel>[/<jaar>]), the same everywhere.

insert into wettelijke_datum (id, sleutel, datum, omschrijving, doelgroepen, bron, bron_url, brontekst, toelichting,
                              vastgelegd_door, vastgelegd_op) values
('22c21802-2e84-5b17-abd9-b644061815f5', 'DERDELANDERS_BESCHERMING_EINDE', date '2024-03-04',
 'Tijdelijke bescherming van derdelanders eindigt van rechtswege',
 '{GEMEENTEN}',
 'VNG, ledenbrief Lbr. 24/003 (U202400041) van 30 januari 2024, "Opvang van ontheemden uit Oekraïne", § 3 Derdelanders',
 null,
 'De Raad van State heeft recent geoordeeld dat de tijdelijke bescherming van derdelanders van rechtswege eindigt op 4 maart 2024.',
 null, 'seed V8 (ledenbrief)', timestamptz '2024-01-30 00:00:00+01'),

('f1fae3ae-87e7-50b4-a847-da5f6fe18743', 'DERDELANDERS_VERTREKTERMIJN', date '2024-03-04' + 28,
 'Laatste dag van de vertrektermijn van 28 dagen voor derdelanders',
 '{GEMEENTEN}',
 'VNG, ledenbrief Lbr. 24/003 (U202400041) van 30 januari 2024, § 3 Derdelanders',
 null,
 'De Raad van State heeft recent geoordeeld dat de tijdelijke bescherming van derdelanders van rechtswege eindigt op 4 maart 2024. Zij moeten daarna binnen 28 dagen Nederland verlaten.',
 'Berekend: 4 maart 2024 (einde van de bescherming) + 28 dagen = 1 april 2024. Dag 1 van de termijn is 5 maart 2024, '
 || 'de dag na het einde van de bescherming ("daarna"); dag 28 is 1 april 2024. De brief noemt de einddatum zelf niet.',
 'seed V8 (ledenbrief)', timestamptz '2024-01-30 00:00:00+01'),

('7d170c46-9459-5698-82ac-e165cbdf2e7e', 'COA_INSCHRIJVING_DERDELANDERS', date '2024-03-05',
 'Derdelanders met een asielaanvraag worden administratief ingeschreven bij het COA; gemeenten vangen hen op tot het COA hen kan overnemen',
 '{COA,GEMEENTEN}',
 'VNG, ledenbrief Lbr. 24/003 (U202400041) van 30 januari 2024, § 3 Derdelanders; DOMAIN.md (Ukraine-related dates)',
 null,
 'Een deel van de groep derdelanders heeft aangegeven de asielpcedure te willen doorlopen (of gaat dit nog voor 4 maart aangeven). Deze groep wordt per 5 maart administratief ingeschreven bij het COA.',
 'Het jaar staat niet in de zin zelf: de brief is van 30 januari 2024 en dezelfde paragraaf noemt 4 maart 2024, dus '
 || '5 maart 2024 (DOMAIN.md: "registered with COA from 5 March 2024").',
 'seed V8 (ledenbrief)', timestamptz '2024-01-30 00:00:00+01'),

('9170a1d5-354b-594a-9e33-6be46e23b5fb', 'RTB_EINDE', date '2025-03-04',
 'Einde van de tijdelijke bescherming (Richtlijn Tijdelijke Bescherming) voor ontheemden uit Oekraïne',
 '{GEMEENTEN,REGIONALE_OPENBARE_LICHAMEN}',
 'VNG, ledenbrief Lbr. 24/003 van 30 januari 2024, § 2 Langere termijn (maand); de precieze dag: Europese Commissie, '
 || 'COM(2024) 253 final van 11 juni 2024, Explanatory memorandum, § 1',
 'https://eur-lex.europa.eu/legal-content/AUTO/?uri=CELEX:52024PC0253',
 'Op dit moment is bekend dat de RTB tot maart 2025 loopt. (ledenbrief) / Temporary protection was extended by a further period of one year, until 4 March 2025. (COM(2024) 253)',
 'De brief noemt alleen de maand (maart 2025); de dag, 4 maart 2025, staat in het voorstel van de Commissie dat de verlenging tot die datum beschrijft.',
 'seed V8 (ledenbrief)', timestamptz '2024-01-30 00:00:00+01'),

('92fb35f2-eeb0-5702-9bd9-371d7cca46a7', 'BEKOSTIGINGSREGELING_ROL_INWERKING', date '2024-01-01',
 'Bekostigingsregeling eerste opvang ontheemden Oekraïne door Regionale openbare lichamen van kracht',
 '{REGIONALE_OPENBARE_LICHAMEN}',
 'VNG, ledenbrief Lbr. 24/003 van 30 januari 2024, § 1 Tijdelijke wet en Bekostigingsregeling; de regeling: Stcrt. 2024, 325 '
 || '(regeling van de Staatssecretaris van Justitie en Veiligheid van 21 december 2023, nr. 5111654)',
 'https://zoek.officielebekendmakingen.nl/stcrt-2024-325.html',
 'Wel is vanaf 1 januari 2024 de ‘Bekostigingsregeling eerste opvang ontheemden Oekraïne door Regionale openbare lichamen’ van kracht.',
 null, 'seed V8 (ledenbrief)', timestamptz '2024-01-30 00:00:00+01'),

('40de66cb-87f9-5612-b62f-859d94a83b2a', 'BEKOSTIGINGSREGELING_ROL_AANVRAAG', date '2024-10-01',
 'Laatste dag om de specifieke uitkering van de Bekostigingsregeling eerste opvang ontheemden Oekraïne door Regionale openbare lichamen aan te vragen (kosten 2024)',
 '{REGIONALE_OPENBARE_LICHAMEN}',
 'Ignite Group, "Bekostigingsregeling Oekraïners" (samenvatting van de regeling, Stcrt. 2024, 325); secundaire bron: '
 || 'de tekst van het artikel over de aanvraag in de Staatscourant zelf kon hier niet worden gelezen',
 'https://ignite-group.com/nl/nieuws/bekostigingsregeling-oekrainers/',
 'De regeling biedt een financiële bijdrage voor de operationele coördinatie van de opvang door samenwerkingsverbanden vanaf 1 januari 2024 tot en met 31 december 2024. [...] Aanvragen kunnen tot en met 1 oktober 2024 worden ingediend bij het ministerie van Justitie en Veiligheid',
 '"Tot en met 1 oktober 2024": 1 oktober 2024 is de laatste dag. Te controleren tegen Stcrt. 2024, 325 (secundaire bron).',
 'seed V8 (ledenbrief)', timestamptz '2024-01-30 00:00:00+01');

-- The extension that followed: a new entry that supersedes the one above, never an edit of it. The old one is marked
-- superseded first (at most one entry per sleutel is in force; the reference is checked at commit).
update wettelijke_datum set vervangen_door = '923640f1-3dc0-57dc-a747-07c2fee5a2e8',
                            vervangen_op = timestamptz '2024-06-25 00:00:00+02'
 where id = '9170a1d5-354b-594a-9e33-6be46e23b5fb';
insert into wettelijke_datum (id, sleutel, datum, omschrijving, doelgroepen, bron, bron_url, brontekst, toelichting,
                              vervangt, vastgelegd_door, vastgelegd_op) values
('923640f1-3dc0-57dc-a747-07c2fee5a2e8', 'RTB_EINDE', date '2026-03-04',
 'Einde van de tijdelijke bescherming (Richtlijn Tijdelijke Bescherming) voor ontheemden uit Oekraïne, na verlenging',
 '{GEMEENTEN,REGIONALE_OPENBARE_LICHAMEN}',
 'Raad van de Europese Unie, besluit van 25 juni 2024 tot verlenging van de tijdelijke bescherming (persbericht, aangehaald '
 || 'door Ukrinform); bevestigd in Europese Commissie, COM(2025) 650 final van 4 juni 2025, Explanatory memorandum, § 1',
 'https://www.ft.dk/samling/20251/kommissionsforslag/kom(2025)0650/forslag/2146576/3035201.pdf',
 'Today, the Council adopted a decision to extend the temporary protection until 4 March 2026 for the more than 4 million Ukrainians fleeing from Russia''s war of aggression. (Raad, 25 juni 2024) / Temporary protection was extended by further periods of one year each, first until 4 March 2025 and later until 4 March 2026. (COM(2025) 650)',
 'Verlenging met een jaar: vervangt het einde op 4 maart 2025.',
 '9170a1d5-354b-594a-9e33-6be46e23b5fb', 'seed V8 (verlenging)', timestamptz '2024-06-25 00:00:00+02');

