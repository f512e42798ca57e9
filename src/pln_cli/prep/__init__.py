"""Presentation and lobby (the P and L of PLN), pure: shared/PREP.md.

- `readiness`: Purwanto's four preparations, ready / partly / missing;
- `approval`: the digest an acc binds, approval state, meeting status, refusals;
- `meeting`: one meeting evaluated on a day, and its JSON;
- `lobby`: the lobby map (grid, priority, stance history), name suggestions;
- `due`: what needs doing soon, across the workspace.

No I/O, no terminal: files come in through `pln_cli.load.meetings` and
`pln_cli.load.lobby`, and "today" is always a parameter.
"""
