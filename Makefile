# Scrutiny: `make run` opens the terminal UI on the sample papers; `make test` runs every test.
# Both install what a fresh Debian machine is missing first.

SWIFT ?= swift
BIN := .build/debug/scrutiny
APT_PACKAGES := pkg-config libncurses-dev libsqlite3-dev libxml2-dev libcurl4-openssl-dev sqlite3 tmux ripgrep less python3 poppler-utils libedit-dev man-db openssh-server
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

PREFIX ?= /usr/local
CONFIG ?= release
BINDIR = $(DESTDIR)$(PREFIX)/bin
SHAREDIR = $(DESTDIR)$(PREFIX)/share
# A release build carries the Swift runtime and Foundation inside it: a process starts without
# loading and linking twenty shared libraries (6 ms of every cold start), and the binaries run on
# a server without Swift installed.
STATIC = $(if $(filter release,$(CONFIG)),--static-swift-stdlib)

.PHONY: setup build run test fuzz bench bench-large clean install uninstall

## Install the Debian packages the build and the tests need, when missing.
setup:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6 is needed: https://www.swift.org/install/linux/"; exit 1; }

build: setup
	$(SWIFT) build

## Open the terminal UI on the default store; a new store starts with the sample papers in data/.
run: build
	SCRUTINY_SAMPLES="$(CURDIR)/data" $(BIN)

## Every test: unit, golden screens, command line, and end to end in tmux.
test: build
	$(SWIFT) test
	bash Tests/install-check.sh

## The import fuzz test at length: 200,000 mutated documents from another start than `make test`'s;
## then the live console's crash test at 2,000 rounds of kills, hang-ups and terminations.
fuzz: build
	SCRUTINY_FUZZ_CASES=200000 SCRUTINY_FUZZ_SEED=$${SCRUTINY_FUZZ_SEED:-$$(date +%s)} $(SWIFT) test --filter ImportFuzzTests
	SCRUTINY_CRASH_ROUNDS=2000 $(SWIFT) test --filter LiveCrashTests

## Benchmarks (not part of `make test`), release build: generated archives of 10,000 and 100,000
## documents, each figure beside ripgrep, the sqlite3 shell or less on the same data. Prints the
## table and writes it to bench/results.md, every figure to bench/results.json.
bench: setup
	$(SWIFT) build -c release $(STATIC)
	.build/release/scrutiny-bench run --documents 10000 --documents 100000 --work .build/bench

## The same table at 10,000 and 1,000,000 documents (not part of `make bench`: about an hour and
## 70 GB of disk on a 2-core machine), to bench/results-large.md and bench/results-large.json.
bench-large: setup
	$(SWIFT) build -c release $(STATIC)
	.build/release/scrutiny-bench run --documents 10000 --documents 1000000 --runs 5 --sizes-only --work .build/bench \
		--results bench/results-large.json --table bench/results-large.md

## Install the binaries (scrutiny and the scrutiny-sync it runs; CONFIG=release, or debug), the
## sample papers, a man page made from the commands' own help, and bash, zsh and fish
## completions, under PREFIX (default /usr/local; DESTDIR for packaging).
install: setup
	$(SWIFT) build -c $(CONFIG) $(STATIC) --product scrutiny
	$(SWIFT) build -c $(CONFIG) $(STATIC) --product scrutiny-sync
	$(SWIFT) build -c $(CONFIG) $(STATIC) --product generate-manual
	mkdir -p .build/man && .build/$(CONFIG)/generate-manual .build/$(CONFIG)/scrutiny --output-directory .build/man
	install -d $(BINDIR) $(SHAREDIR)/man/man1 $(SHAREDIR)/scrutiny $(SHAREDIR)/bash-completion/completions \
		$(SHAREDIR)/zsh/site-functions $(SHAREDIR)/fish/vendor_completions.d
	install -m 755 .build/$(CONFIG)/scrutiny .build/$(CONFIG)/scrutiny-sync $(BINDIR)/
	install -m 644 .build/man/scrutiny.1 $(SHAREDIR)/man/man1/scrutiny.1
	rm -rf $(SHAREDIR)/scrutiny/data && cp -R data $(SHAREDIR)/scrutiny/data
	.build/$(CONFIG)/scrutiny --generate-completion-script bash > $(SHAREDIR)/bash-completion/completions/scrutiny
	.build/$(CONFIG)/scrutiny --generate-completion-script zsh > $(SHAREDIR)/zsh/site-functions/_scrutiny
	.build/$(CONFIG)/scrutiny --generate-completion-script fish > $(SHAREDIR)/fish/vendor_completions.d/scrutiny.fish
	@echo "Installed scrutiny $$($(BINDIR)/scrutiny --version) in $(DESTDIR)$(PREFIX)"

uninstall:
	rm -f $(BINDIR)/scrutiny $(BINDIR)/scrutiny-sync $(SHAREDIR)/man/man1/scrutiny.1 \
		$(SHAREDIR)/bash-completion/completions/scrutiny $(SHAREDIR)/zsh/site-functions/_scrutiny \
		$(SHAREDIR)/fish/vendor_completions.d/scrutiny.fish
	rm -rf $(SHAREDIR)/scrutiny

clean:
	rm -rf .build
