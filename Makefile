# The two commands of the README:
#   make run    install what is missing, build, load the MSS Haiti reference data, serve on 127.0.0.1:8080
#   make test   install what is missing, build, run every test suite
BUILD ?= build
DB ?= mssops.db
PORT ?= 8080
JOBS ?= $(shell nproc)

.PHONY: run test deps build web seed serve clean bench

run: deps build web seed serve

deps:
	@scripts/install-deps.sh

build:
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

# The dashboard's API types are generated from the built binary's OpenAPI document.
web: build
	@if [ -f web/package.json ]; then cd web && MSSOPS_BINARY=$(abspath $(BUILD))/mssops npm run --silent build; fi

seed: build
	@$(BUILD)/mssops init --db $(DB)
	@$(BUILD)/mssops seed --db $(DB)
	@# A new database gets one administrator; its generated password is printed once.
	@if [ "$$($(BUILD)/mssops user list --db $(DB) --json)" = "[]" ]; then \
	  $(BUILD)/mssops user add admin --role admin --db $(DB); fi

serve:
	@echo "dashboard and API on http://127.0.0.1:$(PORT)/ (sign in as admin; Ctrl-C stops)"
	@$(BUILD)/mssops serve --db $(DB) --port $(PORT)

test: deps build web
	@scripts/run-tests.sh $(BUILD)

bench:
	@scripts/install-deps.sh --with-bench
	@bench/run.sh

clean:
	rm -rf $(BUILD)
