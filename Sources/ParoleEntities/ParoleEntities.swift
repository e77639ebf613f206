// The ParoleEntities module: see README.md for the stage it provides.
