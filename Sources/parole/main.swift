import ParoleCLI

ParoleCommand.main()
