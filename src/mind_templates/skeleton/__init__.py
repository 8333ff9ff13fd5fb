"""The skeleton vocabulary: what a generated file contains, in one place.

Writers produce from these modules; the readers and `check` recognise from them. Nothing here imports
python-docx, python-pptx, the writers or the readers, so every side can depend on it.

| module | holds |
|---|---|
| `markers` | document properties, bookmark and shape-name formats that tie a file to its deliverable and sections |
| `styles` | Word style names (`MT Guidance`, `MT Placeholder`, headings…) |
| `texts` | fixed texts (guidance box, prompts, labels) as message ids, translated where they are written |
| `placeholders` | the `[prompt]` convention: bracket a prompt, recognise one |
| `canvas` | canvas layouts and the Business Model Canvas's block order |
| `risk` | the risk matrix's scale, scores and zones |
| `xmltext` | the one XML text escaper, which also drops what XML 1.0 cannot hold |

Changing a label is one edit here plus its catalog entry.
"""
