import ParoleCLI

CommandEnvironment.useResourcesVariable()
ParoleCommand.main()
