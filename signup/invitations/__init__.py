"""Invitations for the other party: when a mediator writes to the other person
of a registration, the letter carries a code for the reply page ("Ik heb een
brief gekregen"). The code names nothing of the registration; the reply page
shows nothing of it."""
