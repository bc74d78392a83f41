import ScrutinyCommands

Scrutiny.main()
