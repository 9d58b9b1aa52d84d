# SPDX-FileCopyrightText: 2026 The Headroom authors
# SPDX-License-Identifier: Apache-2.0

# Headroom's front door: `make run` and `make test` do all the setup on a fresh
# Debian/Ubuntu machine (installing what is missing with apt), then build and run.

BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
EXAMPLE ?= resources/examples/three-tier.json

# Debian 12 package names: everything the build and the tests use, installed without
# recommends, so a package that another one only recommends must be named here
# (libqt6opengl6-dev: Qt6Charts' CMake package needs Qt6OpenGL; locales: the German run of the
# tests needs de_DE.UTF-8 generated, see `locale-de`; octave and octave-queueing: the peer the
# queueing formulas are checked against, tests/model/tst_octave_peer.cpp, which skips without
# them; about 250 MB and 15 s to install). The ctest `packaging_build_deps` fails when a package
# the configured build uses, or a test tool it found (octave-cli, the queueing package), is
# missing here.
PACKAGES := cmake make g++ pkg-config qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev \
            nlohmann-json3-dev libeigen3-dev poppler-utils desktop-file-utils appstream locales \
            octave octave-queueing

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps locale-de print-packages configure build run test test-sanitize fuzz bench docs package clean

all: build

# The install list, one word each (tests/packaging/check-build-packages.sh reads it).
print-packages:
	@echo $(PACKAGES)

# Installs only the packages that are missing; does nothing on a machine that has them all.
deps:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# Configures every time: CMake's own check makes it quick when nothing changed, a failed or
# interrupted first configure is simply redone, and BUILD_TYPE applies to an existing build
# (`make BUILD_TYPE=Debug` switches it, `make` switches it back to Release).
configure: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Opens the designer on the bundled example (needs a display; for the command line:
# build/app/cli/headroom-cli evaluate $(EXAMPLE) --format text).
run: build
	$(BUILD_DIR)/app/designer/headroom $(EXAMPLE)

# Generates de_DE.UTF-8 when `locale -a` does not list it: every test executable runs a second
# time under it (the *_de tests, tests/CMakeLists.txt), so a number that follows the C
# library's locale ("0,8" in a CSV) fails a test.
locale-de: deps
	@locale -a 2>/dev/null | grep -qix 'de_DE\.utf-\?8' || { \
	  echo "Generating the de_DE.UTF-8 locale for the German test run"; \
	  $(SUDO) sed -i 's/^# *de_DE.UTF-8/de_DE.UTF-8/' /etc/locale.gen && \
	  { grep -q '^de_DE.UTF-8' /etc/locale.gen || echo 'de_DE.UTF-8 UTF-8' | $(SUDO) tee -a /etc/locale.gen > /dev/null; } && \
	  $(SUDO) locale-gen; }

test: build locale-de
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

# The whole suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer in
# build-sanitize/: any memory error, leak or undefined behaviour fails the test that hit it.
test-sanitize: deps
	cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHEADROOM_SANITIZE=ON
	cmake --build build-sanitize -j $(JOBS)
	cd build-sanitize && QT_QPA_PLATFORM=offscreen \
	  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --output-on-failure -j $(JOBS)

# The libFuzzer targets (tests/fuzz/) for the project file, price book, offer-file and Terraform plan loaders,
# built with clang, ASan and UBSan in build-fuzz/, each run for FUZZ_SECONDS.
FUZZ_SECONDS ?= 60
fuzz: deps
	tests/fuzz/ensure-libfuzzer.sh
	cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DHEADROOM_FUZZ=ON
	cmake --build build-fuzz -j $(JOBS)
	tests/fuzz/run-fuzzers.sh build-fuzz $(FUZZ_SECONDS)

bench: build
	tests/bench/run-benchmarks.sh $(BUILD_DIR)

# The .deb and .tar.gz (build/packages/); NSIS and DragNDrop on Windows and macOS.
package: build
	cd $(BUILD_DIR) && cpack -G DEB -B packages && cpack -G TGZ -B packages

# Regenerates the generated sections of the docs (the component catalog in model/README.md).
docs: build
	cmake -DCLI=$(BUILD_DIR)/app/cli/headroom-cli -DREADME=model/README.md -DUPDATE=ON \
	      -P tests/layering/CheckCatalogDocs.cmake

clean:
	rm -rf $(BUILD_DIR) build-sanitize build-fuzz
