"""The first-run wizard: a till started without a config is set up here (terminal/app.py opens it).

wizard.py holds the dialog; each step is a page module; messages.py words the refusals. The steps and
their order are the domain's (`terminal.domain.first_run`), the rules the config's (`terminal.config`),
the work the service's (`terminal.services.first_run`).
"""
