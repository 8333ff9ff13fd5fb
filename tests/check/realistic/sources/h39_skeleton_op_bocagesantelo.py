from _common import *

DOC = dict(
    deliverable="operationalisation-plan",
    path="skeleton",
    language="en",
    notes="""Held-out round 39 (h39_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, English: Hôpital du Bocage in Saint-Lô (310 beds, nine wards) brings in bedside barcode scanning of
    medicines – the pharmacy labels every unit dose, nurses scan the patient's wristband and the dose before
    giving it, and the scanners talk to the prescribing software. Guidance boxes deleted. The deployment strategy
    retyped "Ward by ward, cardiology first" and the organisational arrangements "What changes on the wards"
    (runs replaced, bookmarks lost); governance retyped "Steering the project" keeping its bookmark. All tables
    filled, the RACI included. The milestones sub-section was deleted with its heading and table (missing); the
    budget assumptions are four sentences (thin).""",
    cover={"project": "Bedside barcode scanning of medicines", "client": "Hôpital du Bocage, Saint-Lô",
           "candidate": "Émilie Vautier", "team": "Émilie Vautier, Karim Belhadj, Soline Marie",
           "school": "Web School Factory"},
    sections={
        "smart-objectives": dict(status="ok", text=[
            "The hospital's quality committee set us four results to reach within eighteen months; the pharmacy "
            "will measure each of them from the scanners' own logs."], tables=[[
            ["Every dose scanned at the bedside", "doses given with both scans", "0 %", "95 %", "30 Nov 2027", "Head of nursing"],
            ["Fewer wrong-patient or wrong-drug errors", "errors reported per 10,000 doses", "4.1", "under 1", "31 Dec 2027", "Chief pharmacist"],
            ["Less time on the paper round", "minutes per nurse per shift on the drug chart", "38", "20", "30 Sept 2027", "Ward managers"],
            ["Nurses trained before their ward goes live", "share of nurses certified", "0 %", "100 %", "Oct 2027", "Training officer"]]]),
        "deployment-strategy": dict(status="ok", retitle="Ward by ward, cardiology first", text=[
            "Hôpital du Bocage has 310 beds in nine wards and gives about 4,600 doses of medicine a day. Today "
            "nurses prepare the drug trolley from the paper chart printed each morning, tick each dose by hand "
            "and copy the ticks into the prescribing software at the end of the shift. The project adds two "
            "things: the pharmacy puts a barcode on every unit dose it sends to the wards, and nurses carry a "
            "handheld scanner that reads the patient's wristband and the dose before giving it, and warns them "
            "at once if the drug, the dose or the time does not match the prescription.",
            "We will not switch the whole hospital at once. Cardiology goes first, in April 2027: it is a "
            "28-bed ward with a stable team, a ward manager who asked for the project, and many high-risk drugs "
            "such as anticoagulants, so the benefit will show quickly. The pilot lasts six weeks. We go on only "
            "if at least 90 % of doses are scanned in the last two weeks, if no dose was delayed by more than "
            "thirty minutes because of a scanner, and if the night team agrees to continue.",
            "After the pilot, the other wards follow in three waves of about a month each: medicine and "
            "geriatrics in June, then surgery and orthopaedics in September, and last, in October, the emergency "
            "department and maternity, where doses are often given in a hurry and the workflow is the hardest to "
            "change. Paediatrics stays on "
            "paper until the pharmacy can label liquid doses, which is planned for 2028. No ward goes live in "
            "July or August, when a third of the nurses are replacements."]),
        "wbs": dict(status="ok", tables=[[
            ["1", "Link scanners and prescribing software", "tested interface", "35", "—", "IT team"],
            ["2", "Label every unit dose at the pharmacy", "labelling line running", "40", "—", "Chief pharmacist"],
            ["3", "Buy, configure and secure 120 scanners", "scanners ready on charging racks", "18", "1", "IT team"],
            ["4", "Pilot in cardiology", "pilot report and go/no-go", "30", "1, 2, 3", "Project manager"],
            ["5", "Roll out to eight wards in three waves", "ward signed off", "60", "4", "Project manager"],
            ["6", "Train 420 nurses and 40 pharmacy staff", "certified staff list", "85", "3", "Training officer"],
            ["7", "Support after each go-live", "incident log closed", "25", "5", "IT team"]]]),
        "implementation-schedule": dict(status="ok", skip_cols=1, text=[
            "Month 1 is January 2027 and month 9 is September 2027. The schedule is driven by two constraints "
            "that we cannot move: the pharmacy labelling line is delivered in February, and no ward switches "
            "during the summer holidays, so the second wave waits for September and the third for October, just "
            "after the last month shown. Support stays in place until the end of the year."], tables=[[
            [None, "Project manager", "X", "", "", "", "", "", "", "", ""],
            [None, "IT team", "X", "X", "X", "", "", "", "", "", ""],
            [None, "IT team, vendor", "", "X", "X", "", "", "", "", "", ""],
            [None, "Pharmacy, IT team", "", "", "X", "", "", "", "", "", ""],
            [None, "Cardiology team", "", "", "", "X", "X", "", "", "", ""],
            [None, "Project manager", "", "", "", "", "", "X", "", "", "X"],
            [None, "Training officer", "", "", "X", "X", "X", "X", "", "", "X"],
            [None, "IT team", "", "", "", "", "X", "X", "X", "X", "X"]]]),
        "milestones": dict(status="missing"),
        "budget": dict(status="ok", skip_cols=1, tables=[[
            [None, "€6,000", "€0", "€0", "€300", "€6,300"],
            [None, "€12,000", "€18,000", "€64,000", "€4,700", "€98,700"],
            [None, "€8,000", "€15,000", "€0", "€1,150", "€24,150"],
            [None, "€9,000", "€4,000", "€0", "€650", "€13,650"],
            [None, "€11,000", "€3,000", "€0", "€700", "€14,700"],
            [None, "€16,000", "€6,000", "€21,000", "€2,150", "€45,150"],
            [None, "€24,000", "€2,500", "€0", "€1,300", "€27,800"],
            [None, "€7,000", "€3,500", "€0", "€500", "€11,000"],
            [None, "€93,000", "€52,000", "€85,000", "€11,450", "€241,450"],
            [None, "", "", "", "", "€250,000"]]]),
        "budget-assumptions": dict(status="thin", text=[
            "Staff time is costed at €300 a day for nurses and pharmacists and €350 for the IT team. The scanners "
            "cost €480 each for 120 units, plus the labelling printer and the interface licence from the "
            "software vendor's quote of November 2026. Contingency is about 5 %, higher on the build. We stay "
            "under the €250,000 granted by the regional health agency."]),
        "human-organisational-needs": dict(status="ok", text=[
            "The project needs few new people but a lot of time from people who already have a full job. The "
            "pharmacy must free a technician to run the labelling line every morning, which is a permanent post "
            "and not only a project role; the hospital has agreed to create it from March 2027. Each ward needs "
            "two nurse champions, one for days and one for nights, who learn the scanners first, help their "
            "colleagues during the first weeks and bring problems back to the project team.",
            "On the technical side, the IT team of the hospital has five people and already runs the prescribing "
            "software, so the vendor's consultant is needed only for the interface and the first weeks of the "
            "pilot. The biggest human risk is time: nurses cannot leave the ward for training, so every session "
            "is given on the ward, during the quieter hours of the afternoon, and the hours are paid as "
            "overtime when needed."]),
        "staffing-plan": dict(status="ok", tables=[[
            ["Project manager", "Émilie, nurse manager seconded to the project", "internal", "0.8 FTE", "Jan – Dec 2027", "all"],
            ["Pharmacy technician", "runs the labelling line", "recruited", "1 FTE", "from March 2027", "2, 4–7"],
            ["Nurse champions", "two per ward, days and nights", "internal", "4 days each", "before their wave", "4–6"],
            ["Interface consultant", "prescribing software vendor", "external", "22 days", "Jan – May 2027", "1, 3, 4"],
            ["Training officer", "nursing school lecturer, part-time", "internal", "0.5 FTE", "March – Oct 2027", "6"]]]),
        "organisational-needs": dict(status="ok", retitle="What changes on the wards", text=[
            "The drug round changes shape. Nurses no longer prepare the trolley from a printed chart: the "
            "scanner shows the doses due in the next hour for their patients, and the paper chart disappears "
            "once a ward is live. Ticking doses into the software at the end of the shift stops, which is where "
            "most of the time saving comes from. When a scan fails, the nurse can still give an urgent dose and "
            "record the reason on the scanner; the pharmacist on duty reviews every override the next morning.",
            "Around the wards, the pharmacy moves from delivering boxes to delivering labelled unit doses twice a "
            "day, which changes its opening hours on weekends. Scanners are stored and charged in a locked rack "
            "in each ward office, and the night nurse in charge checks every morning that all of them are back. "
            "The IT helpdesk, open only on weekdays today, gets an on-call number for scanner problems at night."]),
        "raci": dict(status="ok", tables=[[
            ["1. Scanner–software interface", "I", "A", "C", "R", "C", "R", "C"],
            ["2. Dose labelling at the pharmacy", "I", "A", "R", "C", "C", "I", "I"],
            ["4. Cardiology pilot", "A", "R", "C", "C", "R", "C", "I"],
            ["5. Roll-out to eight wards", "A", "R", "C", "R", "R", "C", "I"],
            ["6. Training of nurses", "I", "A", "C", "I", "R", "C", "I"]]]),
        "change-training": dict(status="ok", text=[
            "Nurses fear that the scanner will slow the round and that it will be used to watch them. We will say "
            "from the start that the logs measure doses, not people, and the union representatives are invited to "
            "the pilot review."], tables=[[
            ["Nurse champions", "use the scanner, handle overrides, coach others", "workshop with the vendor", "1 day", "Vendor and pharmacist", "March 2027", "€2,400"],
            ["Ward nurses", "scan wristband and dose, read warnings", "on-ward session", "2 hours", "Nurse champions", "week before go-live", "€14,000"],
            ["Night nurses", "same, plus night override procedure", "on-ward session at 9 p.m.", "2 hours", "Night champions", "week before go-live", "€5,600"],
            ["Pharmacy staff", "labelling line and morning override review", "on the line", "half a day", "Chief pharmacist", "Feb 2027", "€1,500"]]]),
        "governance": dict(status="ok", retitle="Steering the project", keep_bookmark=True, text=[
            "A steering committee chaired by the hospital's director of care meets every month from January to "
            "December 2027. Its members are the chief pharmacist, the head of IT, the head of nursing, the "
            "medical committee's representative and Émilie as project manager. Émilie presents the share of "
            "doses scanned ward by ward, the errors reported, the budget spent and the open risks. The "
            "committee decides the go or no-go after the pilot and before each wave, and it signs off each ward.",
            "Every Tuesday a project meeting of forty-five minutes brings together Émilie, the IT lead, the "
            "pharmacy technician and the champions of the ward that is going live. Any change that costs more "
            "than €5,000 or moves a wave by more than two weeks goes to the steering committee; smaller changes "
            "are decided by Émilie and written in the project log. Six months after the last wave, the quality "
            "committee audits the scanned doses against the prescriptions and decides whether paediatrics "
            "joins in 2028. Its report goes to the board of the hospital."]),
    },
)
