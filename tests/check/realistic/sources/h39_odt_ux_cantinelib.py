from _common import *

DOC = dict(
    deliverable="ux-data-analysis",
    path="libreoffice",
    via="odt",
    language="en",
    notes="""Held-out round 39 (h39_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, English: CantineLib, the online portal where parents in 38 towns of Loire-Atlantique
    book and pay school-canteen meals, asks why so many meals are cancelled after the deadline and why a third of
    families still pay by paper cheque. The authors' own headings, mostly unnumbered, a few questions ("So what do
    parents actually do?"); the sources, the cleaning steps, the habits and the targets are tables. The team built
    no personas and went straight to target groups (missing). The heading for the canteen-office screens was kept
    for later and left with nothing under it (empty). An extra section of their own ("Thanks") closes the body
    before the annex with the survey questions.""",
    title="CantineLib – late cancellations and paper cheques",
    cover=["Data project: user behaviour and UX analysis",
           "Océane Guillou, Rayan Benali, Tom Lefeuvre – December 2026"],
    blocks=[
        H(1, "Where the question comes from", {"business-question": "ok"}),
        P("CantineLib is run by a joint syndicate of 38 towns around Nantes. Since 2023 parents have booked and paid "
          "their children's school lunches on a web portal and a mobile app: 21,400 children, 2.6 million meals a "
          "year. Meals must be booked or cancelled by 10 a.m. two working days before. The syndicate orders food "
          "from the central kitchen on that basis, so every late change is either a wasted meal or a child with no "
          "tray."),
        P("Two problems brought the syndicate to us. First, 9% of booked meals are cancelled after the deadline or "
          "simply not eaten, which the kitchen estimates at 310,000 euros of food a year, most of it thrown away. "
          "Second, 31% of families still pay by paper cheque or cash at the town hall, although the portal accepts "
          "cards and direct debit; each paper payment costs about four euros of staff time to process."),
        P("We turned this into one question the data can answer: which families change their bookings late or "
          "avoid online payment, when and why, and what could the portal change so that fewer meals are wasted "
          "and more families pay online? The answer has to lead to changes the syndicate's two developers can ship "
          "before the September 2027 school year."),

        H(1, "What we had to work with", {"data-sources": "ok"}),
        P("The syndicate gave us four internal extracts, pseudonymised by its data protection officer before we saw "
          "them. We added three public datasets to place families in their town and in the school calendar."),
        T([["Source", "Held by", "What is in it", "Size", "Period"],
           ["Portal and app logs", "CantineLib", "Pages viewed, clicks, logins, device type", "6.8 M events",
            "Sept 2025 - June 2026"],
           ["Bookings table", "CantineLib", "Meal booked, cancelled, changed, with timestamps", "2.9 M rows",
            "2024-2026"],
           ["Payments", "CantineLib and the treasury", "Amount, channel (card, debit, cheque, cash), date",
            "118,000 payments", "2024-2026"],
           ["Help desk e-mails", "CantineLib", "Questions and complaints in free text", "3,150 e-mails",
            "2025-2026"],
           ["School calendar", "Ministry of Education (open)", "Holidays, bridges, strike days announced",
            "2 school years", "2024-2026"],
           ["Income by district (Filosofi)", "INSEE (open)", "Median income per IRIS district", "96 districts",
            "2021"],
           ["Mobile coverage", "Arcep (open)", "4G quality by municipality", "38 towns", "2026"]]),
        H(2, "Public datasets: what they add", {"open-data-value": "ok"}),
        P("The portal knows what a parent clicks but not who the parent is. Without public data we could only "
          "describe clicks. The INSEE income data, joined through the school's address, let us see whether paper "
          "payment is a matter of money or of habit: if cheques were concentrated in the poorest districts, the "
          "answer would be a payment plan, not a new button. The school calendar explains a large share of late "
          "cancellations that look random in the logs, because they cluster on the days before a bridge holiday or "
          "an announced strike. The Arcep coverage map was a long shot: we wanted to know whether parents in the "
          "three rural towns with poor 4G used the app less. It turned out to matter less than we thought, but it "
          "ruled out an explanation the syndicate had been repeating for a year. Together, these three sources "
          "turned a list of behaviours into behaviours we can explain."),

        H(1, "Cleaning the logs", {"data-preparation": "ok"}),
        P("Most of our first two weeks went here. The steps below are listed in the order we ran them, with what "
          "each one removed or changed."),
        T([["Step", "Problem found", "What we did", "Effect"],
           ["Remove test accounts", "Staff accounts used for demos and training", "Dropped 41 accounts listed by IT",
            "-2.1% of events"],
           ["Merge duplicate families", "Separated parents with two accounts for the same child",
            "Kept one household key per child, linked both parents", "1,260 households merged"],
           ["Fix time zones", "App events stored in UTC, portal events in local time",
            "Converted everything to Paris time", "Deadline checks became correct"],
           ["Define a late change", "Several notions of late in the town halls",
            "Late = after 10 a.m. two working days before the meal", "One rule for all towns"],
           ["Join payments to households", "Cheques typed by hand with spelling errors",
            "Matched on invoice number, then on name and amount", "96% matched, 4% left aside"]]),
        P("We wrote every step as a script so that the syndicate can run it again next year on new extracts."),

        H(1, "How we analysed", {"methods": "ok"}),
        P("We kept to tools the syndicate can maintain after we leave. The extracts were loaded into a DuckDB file "
          "on a laptop; at a few million rows it answers in seconds and needs no server. Cleaning and analysis were "
          "written in Python with pandas, in notebooks stored in the syndicate's Git repository. Charts were drawn "
          "with Plotly, then the final ones were rebuilt in Metabase, which the syndicate already uses for its "
          "budget reports."),
        P("For behaviour, we rebuilt each household's week as a sequence: log in, look at the menu, book, cancel, "
          "pay. We measured funnels from the reminder e-mail to the booking, time between the last change and the "
          "meal, and the share of late changes per household. We then grouped households with a k-means clustering "
          "on six variables (number of children, share of late changes, payment channel, device, number of logins "
          "per month, town) and checked that the groups were stable when we ran it again on another term."),
        P("For the help-desk e-mails, we read a random sample of 400 by hand and tagged the reason, then used the "
          "tags to train a simple keyword classifier for the rest. Finally, we ran eleven phone interviews with "
          "parents from each group and a short online survey that 612 parents answered, to check that what we saw "
          "in the data was what parents said they did."),

        H(1, "So what do parents actually do?", {"behaviour-analysis": "ok"}),
        P("Most families use the portal without any trouble. 71% of households book the whole term in one go in "
          "September and hardly touch it again, apart from one or two cancellations for illness, always in time. "
          "The late changes come from a minority: 14% of households make 63% of all late cancellations. These are "
          "mostly families with two or more children and parents working shifts; they book week by week on Sunday "
          "evening, often on a phone, and change plans on the morning of the day before."),
        P("The logs show why the deadline is missed. The portal sends its only reminder on Wednesday at noon, but "
          "the peak of logins is Sunday between 8 and 10 p.m., followed by a smaller peak on weekday mornings "
          "between 7 and 8. A parent who learns on Monday evening that her shift changed on Wednesday is already "
          "past the deadline for Wednesday's lunch. About a third of late cancellations are made between 6 and "
          "9 a.m. on the day of the meal, when nothing can be done any more for the kitchen."),
        P("Cancelling is also harder than booking. On the phone, cancelling a single day takes five screens and a "
          "confirmation by e-mail, while booking the term takes three. In the recordings of the app, 22% of "
          "people who open the cancellation screen leave before the end; many of them come back the next day, "
          "when it is too late. Some parents told us they simply do not cancel any more, because the meal is paid "
          "anyway and the process is tiresome, which explains part of the meals that are booked and never eaten."),
        P("Paper payment follows another logic. Households paying by cheque log in as often as the others and book "
          "online: they are not excluded from the portal. What they avoid is leaving card details or signing a "
          "direct debit. In the survey, the first reasons given were fear of being charged for meals the child did "
          "not eat (41%), the wish to see the bill before paying (29%), and habit (22%). Only 8% mentioned lack of "
          "a bank card or internet access. Cheques are more common among older parents and in the eight towns "
          "where the town hall still hands out a paper bill with the cheque envelope."),
        P("Finally, the help desk confirms what the logs suggest. The two first reasons for writing are a refused "
          "late cancellation (31% of e-mails) and a bill the parent does not understand (24%). Both point to the "
          "same gap: parents cannot see, before the bill arrives, which meals they will pay for."),
        H(2, "Putting the sources side by side", {"data-crossing": "ok"}),
        P("Three crossings changed our reading. Joining late cancellations with the school calendar showed that 27% "
          "of them fall on the two days before a bridge holiday or an announced strike, when families learn about "
          "the change from the school at short notice; these are not careless parents but parents informed too "
          "late. Joining payment channel with INSEE income by district showed that cheques are only slightly more "
          "common in the poorest districts (36% against 29% elsewhere), so money is not the main reason; the town "
          "of the bill matters more than the income of the district. Joining app use with the Arcep coverage map "
          "showed no difference between towns with good and poor 4G once we compared families of the same size, "
          "which closed the network explanation for good. Each crossing was checked on the second term before we "
          "kept it, and we dropped a fourth one, weather against cancellations, because the link vanished as soon "
          "as we removed the strike days from the data."),
        H(2, "Three charts that tell the story", {"key-findings-chart": "ok"}),
        Img(["Logins by hour: Sunday 8-10 pm peak", "Late cancellations before bridges",
             "Cancel flow: 22% drop", "Cheques by town of bill"],
            "Figure 1 – The four findings we showed to the syndicate's board: when parents log in, when they cancel "
            "late, where they give up in the cancellation flow, and where cheques are still used."),
        P("The first chart alone convinced the board to move the reminder to Sunday afternoon."),

        H(1, "Habits today, habits tomorrow", {"patterns": "ok"}),
        T([["Today", "Evidence", "What we want instead", "How the portal can help"],
           ["Booking week by week on Sunday night, on a phone", "Login peak Sunday 8-10 pm",
            "Booking for the term with easy single-day changes", "Term booking by default, one-tap cancel"],
           ["Cancelling on the morning of the meal", "A third of late changes between 6 and 9 a.m.",
            "Cancelling as soon as a change is known", "Push reminder on Sunday and on the eve of bridge days"],
           ["Not cancelling at all because it is tiring", "22% abandon the cancel screen",
            "Cancelling in two taps", "Shorter flow, no e-mail confirmation step"],
           ["Paying by cheque to check the bill first", "41% fear paying for uneaten meals",
            "Paying online with a preview of the bill", "Running total of the month visible before payment"]]),

        H(1, "Who we design for first", {"targets": "ok"}),
        P("We did not write personas: the clusters were clear enough, and the syndicate asked for groups it could "
          "count. We ranked them by the waste or cost they represent and by how easily the portal can reach them."),
        T([["Group", "Households", "Why them", "First change"],
           ["Shift-working parents booking weekly", "3,000 (14%)", "63% of late cancellations",
            "Sunday reminder, one-tap cancel"],
           ["Cheque payers in towns with paper bills", "2,400", "Half of all cheques, 4 euros each to process",
            "Monthly bill preview, then debit offer"],
           ["Families surprised by school closures", "all", "27% of late cancellations",
            "Automatic cancellation on announced strike days"]]),
        P("The first group comes first because it carries most of the food waste and because the two changes it "
          "needs are small for the developers."),

        H(1, "Choosing how to draw it", {"visual-modelling": "ok"}),
        P("The board of the syndicate meets once a term and reads on paper, while the canteen office looks at the "
          "figures every week. We therefore chose two forms. For the board, a single calendar heatmap: weeks in "
          "rows, days in columns, the colour giving the share of meals cancelled late. It shows at a glance that "
          "waste is not spread evenly but piles up before holidays and on Mondays, which a table of averages hid. "
          "For the office, a small set of weekly indicators, refreshed automatically in Metabase. We tried a "
          "Sankey diagram of the booking journey, but nobody outside the team could read it, so we dropped it. "
          "Colours follow the syndicate's charter and stay readable when printed in black and white."),
        H(2, "The calendar heatmap", {"behaviour-dataviz": "ok"}),
        Img(["Weeks", "Mon-Fri", "Late cancellations", "Bridge days"],
            "Figure 2 – Share of meals cancelled late, week by week, school year 2025-2026."),
        H(2, "Screens for the canteen office", {"dashboard": "empty"}),

        H(1, "What we could not do, and personal data", {"limits-gdpr": "ok"}),
        P("Our data cover one school year and a half; two strike waves make this year unusual, and the patterns "
          "should be checked again next spring. The survey reached parents who read the portal's news, so paper "
          "payers are probably under-represented among the 612 answers. The help-desk classifier is right about "
          "four times in five, which is enough for shares but not for individual e-mails."),
        P("On personal data, the extracts were pseudonymised by the syndicate before we received them, and we "
          "worked only on its laptop, with no copy leaving the building. Children's names, classes and meal "
          "choices linked to religion or allergies were removed at the source, because we did not need them and "
          "they are sensitive data. The clustering is used to design the portal, never to treat a family "
          "differently; the syndicate's data protection officer has recorded the processing in its register and "
          "the files will be deleted at the end of June 2027."),

        H(1, "Thanks"),
        P("We thank the canteen office of the syndicate, its two developers and the eleven parents who gave us an "
          "hour of their evening."),

        H(1, "Annex – what we asked parents", {"appendices": "ok"}),
        P("The online survey had eight questions and took about four minutes. The ones used in this report were:"),
        L(["How do you usually book your children's meals: for the term, the month or the week?",
           "When did you last cancel a meal after the deadline, and why?",
           "How do you pay the canteen bill, and why this way rather than another?",
           "What would make you pay online, if you do not already?",
           "Which day and time of the week suit you best for a reminder?"]),
        P("The full list of questions and the scripts are in the team's repository."),
    ],
    missing=["personas"],
)
