import ScrutinyCommands
import ScrutinySync

// `scrutiny sync`, with an HTTP client: `scrutiny` hands its sync over to this binary.
CouncilClient.make = { pause, timeout in CouncilServer(pause: pause, timeout: timeout) }
Scrutiny.main()
