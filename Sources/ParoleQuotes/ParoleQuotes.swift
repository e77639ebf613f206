// The ParoleQuotes module: see README.md for the stage it provides.
