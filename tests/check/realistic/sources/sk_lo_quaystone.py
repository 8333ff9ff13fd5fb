from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Written in English (the deliverable's documents are usually French) with python-docx, then opened and
    saved again by LibreOffice. Shortened headings ("Governance", "Indicators", "Dashboard"), a heading level shifted
    (the KPI table at level 2 under the indicators); gap analysis and its table under one heading (merged);
    corrective actions empty; the reporting section is short (thin).""",
    title="Quaystone Housing – Steering the tenant portal project",
    cover=["Case study 1 – Project steering and KPIs", "Oliver Grant"],
    blocks=[
        H(1, "Governance", {"steering-governance": "ok"}),
        P("Quaystone Housing manages 11,000 social homes around Bristol and is replacing its call-centre-only "
          "repair service with a tenant portal and app. The project runs for twelve months with a budget of "
          "£860,000. The executive sponsor is the Director of Housing Services, who chairs a monthly project board "
          "with the Head of IT, the repairs manager, a tenant representative and the supplier's account director. "
          "The board owns the budget, the scope and the go-live date; changes above £20,000 or two weeks of delay "
          "need its approval. Day to day, the project manager runs a weekly delivery meeting with the product owner "
          "and the supplier's team, and the tenant panel of twelve residents reviews every release before it goes "
          "live. We chose to include a tenant on the board because the previous digital project was rejected by "
          "residents who had never been consulted, and because the regulator now asks landlords to show how "
          "tenants influence decisions. The board can also stop a release if the tenant panel rejects it twice."),
        H(2, "Meetings", {"rituals": "ok"}),
        T([["Meeting", "Who", "How often", "Inputs", "Outputs", "Length"],
           ["Project board", "sponsor, IT, repairs, tenant rep, supplier", "monthly", "dashboard, risk log", "approvals, escalations", "90 min"],
           ["Delivery meeting", "PM, product owner, supplier", "weekly", "sprint board", "priorities for the week", "45 min"],
           ["Tenant panel", "12 residents, product owner", "every release", "demo build", "go or changes", "2 h"]]),
        H(1, "Indicators", {"kpi-selection": "ok"}),
        P("We picked indicators that the board can read in five minutes and that come from systems we already "
          "have, so that nobody spends a day a month building the report. Each of the board's three questions has "
          "its indicators: are we on budget and on time, are tenants using the portal, and are repairs getting "
          "better or worse because of it. The last question matters most to the sponsor: a portal that tenants "
          "use but that sends repairs to the wrong trade would be a failure. We therefore track the share of "
          "repairs right first time alongside adoption, and we compare portal and phone requests separately. We left out app store ratings, which are too few to mean anything in the first months, and staff satisfaction, which HR already measures twice a year."),
        H(2, "KPI list", {"kpi-table": "ok"}),
        T([["Name", "Objective", "Formula", "Source", "Frequency", "Target", "Alert", "Owner", "Action"],
           ["Budget burn", "on budget", "actual spend / planned spend to date", "finance system", "monthly", "≤ 100%", "> 105%", "PM", "re-plan with supplier"],
           ["Portal adoption", "adoption", "repairs logged online / all repairs", "repairs system", "weekly", "40% by month 12", "< 15% at month 6", "product owner", "campaign with housing officers"],
           ["Right first time", "repair quality", "repairs closed on first visit / repairs", "repairs system", "monthly", "≥ 85%", "< 78%", "repairs manager", "review triage questions"]]),
        H(1, "Dashboard", {"dashboard": "ok"}),
        Img(["Budget", "Milestones", "Adoption trend", "Right first time"],
            caption="One page in Power BI, refreshed every Monday; red, amber, green against the alert thresholds."),
        H(1, "Plan vs actual", {"gap-analysis": "ok", "forecast-actual": "ok"}),
        P("At each board the PM shows the plan and the actual value for every indicator, the gap and a one-line "
          "explanation written by the owner. A gap within 5% is green; between 5 and 10% amber and the owner "
          "proposes an action; beyond 10% red, and the board decides. The table below is the month 6 review, "
          "where adoption was behind plan because the app store release slipped by three weeks. The board accepted an amber plan: a leaflet with the next rent statement and a stand in the three largest estates on repair days."),
        T([["Indicator", "Period", "Plan", "Actual", "Gap", "Gap %", "RAG", "Why"],
           ["Budget burn", "M6", "£430k", "£441k", "+£11k", "+2.6%", "green", "extra accessibility audit"],
           ["Portal adoption", "M6", "20%", "13%", "-7 pts", "-35%", "red", "app released 3 weeks late"],
           ["Right first time", "M6", "82%", "84%", "+2 pts", "+2%", "green", "photo upload helps triage"]]),
        H(1, "Corrective actions", {"corrective-actions": "empty"}),
        H(1, "Reporting", {"reporting-escalation": "thin"}),
        P("A one-page summary goes to the executive team after each board. Red items are escalated to the "
          "sponsor within 48 hours."),
    ],
)
