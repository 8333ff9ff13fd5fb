from _common import *

DOC = dict(
    deliverable="prototype-user-tests",
    path="libreoffice",
    via="odt",
    language="en",
    notes="""Held-out round 55 (h55_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx. English: a student team builds Tidewatch, a phone app for oyster farmers of the
    Arcachon basin who plan their work on the parcels around low tide, and tests a clickable prototype with eight
    farmers. The authors' own numbered headings, some sub-sections at level 2; a results table with task success
    and ease scores; the farmers' own words are a few lines only (thin); no eye-tracking anywhere (missing); a
    short appendix.""",
    title="Tidewatch – prototype and field tests",
    cover=["Customer eXperience project, team Estran",
           "Lucie Darrieussecq, Baptiste Ohayon, Inès Labat – November 2026"],
    blocks=[
        H(1, "1. Why Tidewatch, and what we wanted to find out", {"concept-recap": "ok"}),
        P("About 300 oyster farms work the Arcachon basin. Every farmer plans the week around the low tides: the "
          "parcels can only be reached for two or three hours, and a bad estimate means a barge stuck on a bank or "
          "a crew waiting on the quay. Today they juggle a paper tide table, a weather app, and a WhatsApp group "
          "where neighbours post what they saw on the parcels. Tidewatch puts the three in one screen: the next "
          "workable windows for each parcel, the wind, and short notes left by other farmers."),
        P("Our interviews in September told us the idea was welcome, but not whether farmers would actually use a "
          "phone with wet gloves on a boat. The tests had three goals: check that a farmer can find the next "
          "window for a given parcel in under thirty seconds, see whether the shared notes are trusted, and learn "
          "whether the app could replace the WhatsApp group or would just sit beside it."),
        H(1, "2. The clickable Tidewatch", {"prototype": "ok"}),
        P("We built a clickable prototype in Figma, then ran it on an Android phone through the Figma mirror app so "
          "that farmers held a real device. It has five screens: the list of the farmer's parcels, a parcel page "
          "with a tide curve and the workable window shaded in green, a wind strip for the next six hours, a feed "
          "of notes from nearby parcels, and a one-tap form to post a note with a photo."),
        P("We drew the buttons twice the usual size after the first interview, where a farmer showed us his "
          "swollen fingers and laughed at our early sketches. The colours follow a high-contrast palette because "
          "the screens are read in full sunlight on the water. Data on the prototype was real for one week of "
          "November tides at Gujan-Mestras, so farmers could check it against what they knew."),
        Img(["Parcel list", "Tide curve and window", "Wind strip", "Notes feed", "Post a note"],
            "Figure 1 – the five screens of the prototype"),
        H(2, "2.1 Build notes", {"technical-sheet": "ok"}),
        T([["Item", "Choice"],
           ["Tool", "Figma, interactive components, mirrored on a Samsung A34"],
           ["Tide data", "SHOM predictions for Arcachon Eyrac, corrected per parcel by a fixed offset"],
           ["Wind data", "Météo-France open data, hourly, static copy for the test week"],
           ["Screens", "5 main screens, 14 frames in total"],
           ["Accessibility", "touch targets of 12 mm, contrast ratio above 7:1"]]),
        H(1, "3. How the sessions were planned", {"test-plan": "ok"}),
        T([["What", "Plan"],
           ["Participants", "8 oyster farmers, 4 from Gujan-Mestras, 2 from Andernos, 2 from Arès; 3 women, 5 men"],
           ["Where", "on the quay or in their work shed, never in a meeting room"],
           ["When", "12 to 22 November, just after a morning tide"],
           ["Length", "35 minutes each"],
           ["Team roles", "one facilitator, one note-taker, one person filming hands only"],
           ["Success", "6 of 8 farmers complete each task without help"]]),
        H(2, "3.1 The six tasks", {"test-tasks": "ok"}),
        T([["#", "Task given to the farmer", "What counts as success"],
           ["T1", "Find when you can reach your parcel at Les Jacquets tomorrow", "window read aloud in under 30 s"],
           ["T2", "Tell whether the wind allows going out on Thursday morning", "correct answer from the wind strip"],
           ["T3", "Read what your neighbours posted about the Île aux Oiseaux parcels", "opens the feed and finds the note"],
           ["T4", "Post a note saying a marker post is down, with a photo", "note sent in under one minute"],
           ["T5", "Add a new parcel to your list", "parcel appears in the list"],
           ["T6", "Turn on a warning one hour before a window opens", "alert set for the right parcel"]]),
        H(2, "3.2 Our approach on the quay", {"test-methods": "ok"}),
        P("We used moderated sessions with think-aloud: the farmer held the phone, we read each task from a card, "
          "and asked him or her to say what they were looking for. We stayed silent unless someone was stuck for "
          "more than a minute, and counted that as an assisted task. After each task we asked for an ease score "
          "from one to five, because a longer questionnaire would have lost people who had been up since four."),
        P("Half the sessions were done with gloves on, on purpose, and two outside in light rain, which is how "
          "the app will really be used. Baptiste filmed the hands and the screen, never the faces, and everyone "
          "signed a short consent form. At the end we asked two open questions: would you drop the WhatsApp "
          "group for this, and what would make you pay for it. We then compared each farmer's window answers "
          "with the tide tables they keep in the shed, to check whether our corrected offsets made sense to them. "
          "All notes were typed the same evening into one shared sheet, one row per task and per person."),
        H(1, "4. What happened", {"results": "ok"}),
        P("Reading the tide window worked at once: all eight farmers found tomorrow's window at Les Jacquets, in "
          "eleven seconds on average, and several said the green band was clearer than their paper table. The "
          "wind strip was the weak point. Five farmers read the arrow as the direction the wind comes from, three "
          "as where it goes, and only four gave the right answer for Thursday."),
        P("Posting a note was fast without gloves and painful with them: the photo button sat too close to the "
          "send button, and two farmers sent a note without the picture. Adding a parcel failed for three people, "
          "who expected to tap the map rather than type a name they never use. The warning task went well once "
          "people found the bell icon, but it took most of them two tries. Overall the farmers trusted the tide "
          "windows more than we expected, and trusted the notes only when they knew who wrote them, which matters "
          "for the next version. Nobody gave up on a session, and no phone ended up in the water."),
        H(2, "4.1 Numbers", {"perception-metrics": "ok"}),
        T([["Task", "Done alone", "Done with help", "Median time", "Ease (1–5)"],
           ["T1 tide window", "8/8", "0", "11 s", "4.8"],
           ["T2 wind", "4/8", "2", "38 s", "2.9"],
           ["T3 read notes", "7/8", "1", "19 s", "4.4"],
           ["T4 post a note", "6/8", "1", "52 s", "3.5"],
           ["T5 add a parcel", "5/8", "3", "71 s", "2.6"],
           ["T6 set a warning", "6/8", "2", "44 s", "3.8"]]),
        H(2, "4.2 In their words", {"user-feedback": "thin"}),
        P("« It's my tide table, but it knows where my parcels are. » Sylvie, Gujan-Mestras."),
        P("« I'd read the notes, but I want names, not nicknames. » Jean-Marc, Arès."),
        P("Two farmers said they would keep WhatsApp for the jokes."),
        H(1, "5. Problems found", {"issue-log": "ok"}),
        T([["#", "Problem", "Seen in", "Severity"],
           ["P1", "wind arrow read both ways", "T2, 5 of 8", "high"],
           ["P2", "photo and send buttons too close with gloves", "T4, 3 of 8", "high"],
           ["P3", "no way to add a parcel from the map", "T5, 3 of 8", "medium"],
           ["P4", "bell icon for warnings not found at once", "T6, 5 of 8", "medium"],
           ["P5", "note authors shown by nickname only", "open questions", "medium"]]),
        H(1, "6. What we change", {"corrective-actions": "ok"}),
        P("We fix the two high-severity problems before any further test, and the others in the following sprint."),
        T([["Problem", "Change", "Priority", "Who, when"],
           ["P1", "replace the arrow by a plain word and a coloured label: calm, workable, stay ashore", "must", "Inès, sprint 1"],
           ["P2", "move the photo button to the top of the form and double the gap", "must", "Lucie, sprint 1"],
           ["P3", "let farmers add a parcel by long-pressing the map", "should", "Baptiste, sprint 2"],
           ["P4", "put the warning switch on the parcel page itself, with a text label", "should", "Inès, sprint 2"],
           ["P5", "show the farm name next to each note, with the author's consent", "could", "team, sprint 3"]]),
        H(1, "7. Does it hold up?", {"viability-conclusion": "ok"}),
        P("The core promise holds. Every farmer read a tide window for his or her own parcel faster than with the "
          "paper table, and six out of eight said they would open the app before going out. That is the use value "
          "we wanted to prove, and it came from the part of the product that is cheapest to maintain, since tide "
          "predictions are public and stable."),
        P("The social part is less certain. Farmers read the notes but want to know who wrote them, and two of "
          "them will not leave the WhatsApp group, which is as much a place to chat as a source of news. We now "
          "see the notes as a complement, not a replacement. On paying, five farmers would accept around four "
          "euros a month if the warnings work reliably; the syndicate of Gujan-Mestras offered to test a group "
          "subscription for its members in the spring."),
        P("Next steps: a second round of tests in February with the corrected wind screen and the new note form, "
          "on a coded Android beta rather than Figma, with the same eight farmers plus four new ones from the "
          "Cap Ferret side of the basin."),
        H(1, "Appendix – consent form", {"appendices": "ok"}),
        P("I agree that the Estran team films my hands and the phone screen during the test, and uses the video "
          "only for this school project. My face and my name will not be published."),
    ],
    missing=["eye-tracking"],
)
