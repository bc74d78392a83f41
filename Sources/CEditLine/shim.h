// libedit's readline interface (Debian: libedit-dev), for the line mode's line editing and history.
#include <stdio.h>
#include <stdlib.h>
#include <editline/readline.h>
