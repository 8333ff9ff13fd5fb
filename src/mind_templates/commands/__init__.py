"""One module per `mind-templates` command; `cli.py` only assembles them.

| module | command |
|---|---|
| `base` | what every command shares: the error-to-exit-code group, the state, deliverable look-up |
| `list` | `mind-templates list` |
| `show` | `mind-templates show` |
| `new` | `mind-templates new` |
| `check` | `mind-templates check` |
| `referential` | `mind-templates referential export|validate` |
| `serve` | `mind-templates serve`: the web application of `mind_templates.web` (the `web` extra) |

A new command is one new module here plus one line in `cli.py`. Heavy modules (python-docx, python-pptx,
the writers, the referential loader) are imported inside the command functions so `--help` stays fast.
"""
