from _common import *

DOC = dict(
    deliverable="ux-data-analysis",
    path="skeleton",
    language="en",
    notes="""Held-out round 57 (h57_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, English: CinéVal, six cinemas in the Loire valley, sees a third of its monthly-pass members cancel
    within four months and asks why. Guidance deleted. The business question, the methods and the targets headings
    retyped (runs replaced, bookmarks lost); the limits heading retyped keeping its bookmark. The data crossing
    heading left with nothing under it (empty); the visual modelling still holds our prompt (placeholder); the
    appendices deleted (missing). Tables, the persona and the three figures filled.""",
    cover={"project": "Why do pass members leave?", "client": "CinéVal",
           "candidate": "Maëlle Dubreuil", "team": "Maëlle Dubreuil, Antoine Roux, Inès Belkacem",
           "school": "Web School Factory"},
    sections={
        "business-question": dict(status="ok", retitle="What CinéVal wants to find out", text=[
            "CinéVal runs six cinemas between Angers and Tours, 31 screens in all, and sold 1.3 million tickets "
            "in 2025. In 2024 it launched the CinéVal Pass: 21.90 euros a month for unlimited films, bought and "
            "managed only through the mobile app. The pass now has 9,400 members, but 34 % of them cancel within "
            "four months, and every month the team recruits almost as many new members as it loses. The marketing "
            "manager, Sophie Lemaire, told us she does not know whether members leave because they do not come "
            "often enough, because the app annoys them, or because of something the cinema cannot change.",
            "We turned her worry into three questions. How do members who stay use the pass and the app "
            "differently from those who cancel, in their first weeks? Which moments in the app come just before a "
            "cancellation? And do outside factors, such as the films released in a month, the weather or the "
            "distance to the nearest cinema, explain part of the cancellations? Our hypothesis at the start was "
            "that members who do not book a second film in their first fortnight are the ones who leave."]),
        "data-sources": dict(status="ok", tables=[[
            ["Pass subscriptions", "client", "CinéVal", "internal", "private", "CSV", "one member", "daily",
             "start, cancellation, reason given"],
            ["App events", "client", "CinéVal (Firebase)", "internal", "private", "BigQuery export", "one event",
             "real time", "screens seen, bookings, errors"],
            ["Film attendance by week", "open data", "CNC", "cnc.fr", "Licence Ouverte", "XLSX", "film and week",
             "weekly", "how strong each month's releases were"],
            ["Daily weather", "open data", "Météo-France", "meteo.data.gouv.fr", "Licence Ouverte", "CSV",
             "station and day", "daily", "rain and heat on show days"]]], text=[
            "The two client sources cover the whole life of the pass, from March 2024 to October 2026."]),
        "open-data-value": dict(status="ok", text=[
            "CinéVal's own data tells us what members do, but not what was on offer or what the weather was like "
            "outside. The CNC's weekly attendance figures let us rate each month by the strength of its releases: "
            "a month with two big family films is not the same as a month of small art-house titles, and a member "
            "who pays for nothing to see may cancel for that reason alone. Météo-France's daily records for the "
            "three stations nearest our cinemas tell us whether sunny weekends keep members away.",
            "The joins were simple. Each booking has a date and a film title, which we matched to the CNC's film "
            "list by title and release week (96 % matched automatically, the rest by hand). Each cinema was "
            "linked to its nearest weather station. With these two sources, a fall in visits can be read against "
            "what was showing and how hot it was, instead of being blamed on the app."]),
        "data-preparation": dict(status="ok", tables=[[
            ["Pass subscriptions", "14,200 × 12", "Mar 2024 – Oct 2026", "99", "test accounts from staff",
             "removed 61 staff and test accounts"],
            ["App events", "8.7 million × 21", "Mar 2024 – Oct 2026", "91", "events duplicated after app updates",
             "deduplicated on user, event and second"],
            ["CNC attendance", "6,800 × 8", "2024 – 2026", "100", "titles written differently",
             "titles normalised, 4 % matched by hand"]]], text=[
            "App events lost 9 % of their sessions in July 2025, when a faulty update stopped sending data for "
            "eleven days; we left those days out rather than guess them. The cleaning runs as one script, so CinéVal's "
            "analyst can repeat it every quarter without redoing any step by hand, and without asking us."]),
        "methods": dict(status="ok", retitle="How we analysed it", text=[
            "For the first question, we followed every member from the day they joined, week by week, and "
            "compared those still members after four months with those who had cancelled. We built cohorts by "
            "month of joining and counted, for each week, the films booked, the app sessions and the screens "
            "visited. The app events were too many for a spreadsheet, so we queried them in BigQuery and did the "
            "rest in Python with pandas.",
            "For the second question, we looked at the last thirty days of each cancelled member's app history "
            "and listed the sequences of screens that came most often before the cancellation screen. We "
            "compared them with the same thirty days for members who stayed, chosen at the same point of their "
            "membership, so that the difference is not simply one of age of the account.",
            "For the third question, we built a survival model, kept deliberately simple: the chance of "
            "cancelling in a given month, explained by the number of films booked the month before, the strength "
            "of the month's releases, the number of rainy weekend days and the distance to the nearest cinema. "
            "We chose it over a more complex model because Sophie's team must be able to read it and because the "
            "effect of each factor is what they want to know. Every step is in a notebook shared with CinéVal's "
            "data analyst, so that it can be run again each quarter on fresh exports."]),
        "behaviour-analysis": dict(status="ok", text=[
            "The first weeks decide almost everything. Members who book at least two films in their first "
            "fourteen days have a 14 % chance of cancelling within four months; those who book only one have a "
            "48 % chance. Our starting hypothesis holds, but it hides a more useful finding: most of the members "
            "who book once do open the app again in their second week. They look at the schedule, on average "
            "three times, and leave without booking.",
            "The app events show what happens in those sessions. The schedule opens on today's date for the "
            "member's favourite cinema. On a weekday evening, most of today's shows have already started or are "
            "late at night, and the next days sit behind a small arrow at the top of the screen. 61 % of sessions "
            "that end without a booking never touch that arrow. Members who tap it book in 38 % of cases. Many "
            "members, in other words, leave thinking there is nothing for them, when the films they want are "
            "showing the next evening.",
            "The second behaviour is about the cancellation itself. Cancelling takes two taps from the account "
            "page, and 70 % of cancellations happen on the first of the month, just after the payment "
            "notification arrives. The notification reads 'Your pass has been renewed: 21.90 euros', with no "
            "mention of what the member got out of it. Members who saw three films or more that month cancel "
            "after this notification almost as often as those who saw one, which surprised the marketing team.",
            "Third, behaviour differs a lot by cinema. In the two city-centre cinemas of Angers and Tours, members "
            "come 3.1 times a month on average and rarely cancel. In the four smaller towns, they come 1.6 times "
            "a month and cancel twice as often. The smaller cinemas have fewer screens and fewer films each week, "
            "so the pass is worth less there, and the app shows the same long list of films to everyone, "
            "including titles that are not showing at the member's cinema that week.",
            "Finally, booking with friends matters. One booking in four is for two seats or more, with one pass "
            "and one paid ticket. Members who book with a non-member at least once a month stay longer, and 11 % "
            "of the non-members they bring later take a pass themselves. The app does not make this easy today: "
            "the second ticket has to be paid in a separate step that fails one time in six."]),
        "data-crossing": dict(status="empty"),
        "key-findings-chart": dict(status="ok", image=["Week 1: 100 members", "Week 2: 2+ films 46",
                                                        "Month 4, 2+ films: 86 stay", "Month 4, 1 film: 52 stay"],
                                   caption="Members who book twice in their first fortnight stay far more often "
                                           "(cohorts March 2024 – June 2026)."),
        "patterns": dict(status="ok", tables=[[
            ["Look and leave", "current", "member opens the schedule on today's date and finds nothing",
             "61 % of empty sessions never change the date", "about 40 % of new members", "open the schedule on "
             "the next good evening"],
            ["First-of-the-month exit", "current", "member cancels right after the renewal notice",
             "70 % of cancellations on day 1", "about 3,200 members a year", "tell members what the month gave them"],
            ["Bring a friend", "new", "member books a second seat for a non-member",
             "one booking in four, 11 % of guests take a pass", "about 25 % of members", "make the second "
             "ticket one tap"]]], text=[
            "The first two patterns are what members do today; the third is still rare but grows every month, "
            "and it is the one CinéVal can build on."]),
        "personas": dict(status="ok", skip_cols=1, tables=[[
            [None, "Julien, 34, the small-town regular (about 3,800 members)"],
            [None, "lives in Saumur, works in logistics, two evenings free a week"],
            [None, "see a film every week without planning it days ahead"],
            [None, "the app opens on shows that have already started; he thinks nothing is on and gives up"],
            [None, "opens the app on weekday evenings, books 1.4 films a month, cancelled once and came back"],
            [None, "the app, Instagram, posters in the hall"],
            [None, "\"I pay every month and half the time I can't find anything to see.\""]]]),
        "targets": dict(status="ok", retitle="Who to focus on", tables=[[
            ["New members, first fortnight", "about 780 a month", "€21.90 a month, 9 months on average",
             "look and leave", "book a second film before day 14", "1"],
            ["Small-town members", "5,100", "€21.90 a month, higher churn", "look and leave",
             "see films showing at their own cinema first", "1"],
            ["Members who bring friends", "2,300", "one extra paid ticket a month each", "bring a friend",
             "second ticket in one tap, guest offered a trial pass", "2"]]], text=[
            "We put new members first because their first fortnight is where most of the losses begin, and "
            "small-town members next because they are half of the base. The members who bring friends are fewer, "
            "but each of them is a cheap way to recruit the next ones."]),
        "visual-modelling": dict(status="placeholder"),
        "behaviour-dataviz": dict(status="ok", image=["Angers: 3.1 visits", "Tours: 3.0 visits",
                                                       "Saumur: 1.6 visits", "Chinon: 1.4 visits"],
                                  caption="Average visits per member and month, by cinema, with the share who "
                                          "cancel within four months."),
        "dashboard": dict(status="ok", image=["Filter: cinema, month joined", "New members booking twice",
                                               "Cancellations on day 1", "Guests turned members"],
                          caption="Wireframe of the monthly pass dashboard for Sophie Lemaire's team."),
        "limits-gdpr": dict(status="ok", retitle="Limits & personal data", keep_bookmark=True, text=[
            "Our results have three limits. The eleven days of missing app data in July 2025 fall in a summer "
            "month, when few members join, so the effect should be small but we cannot measure it. The reason "
            "for cancelling is a free text field that 58 % of members leave blank. And the survival model shows "
            "links, not causes: moving the schedule to the next evening should be tested on a share of members "
            "before it is given to all.",
            "CinéVal is the data controller and we worked under an agreement signed with the school. We received "
            "member numbers instead of names and e-mails, postcodes cut to the first three digits, and no payment "
            "data. The app events were queried in CinéVal's own BigQuery project and never downloaded in full. "
            "All extracts will be deleted at the end of the project, on 15 February 2027."]),
        "appendices": dict(status="missing"),
    },
)
