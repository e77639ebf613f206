// The ParoleDates module: see README.md for the stage it provides.
