#!/usr/bin/env bash
# Fetches an arm64 JDK 25 and qemu-user from Debian into tools/arm/target/, changing nothing on the system: the .deb
# files come straight from the mirror's pool (InRelease checked with gpgv against the Debian archive keyring, then
# every index and package by SHA256) and are unpacked with dpkg -x. Idempotent: a finished unpack is kept.
#
#   tools/arm/fetch-sysroot.sh        # DEBIAN_MIRROR and DEBIAN_SUITE override http://deb.debian.org/debian, trixie
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$here/target
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=${DEBIAN_SUITE:-trixie}
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
# The JRE and the libraries its launcher and libjvm load; the rest of its Depends (fonts, NSS, PC/SC...) is loaded
# only by APIs the tests never touch.
arm64_packages=(openjdk-25-jre-headless libc6 libgcc-s1 libstdc++6 zlib1g)

if [[ -f $work/sysroot/.complete && -f $work/qemu/.complete ]]; then exit 0; fi
mkdir -p "$work/debs" "$work/index"
cd "$work"

fetch() { curl -fsSL --retry 3 -o "$2" "$1"; }
sha256_of() { sha256sum "$1" | cut -d' ' -f1; }

fetch "$mirror/dists/$suite/InRelease" index/InRelease
if [[ -r $keyring ]] && command -v gpgv >/dev/null; then
  gpgv --keyring "$keyring" index/InRelease 2>/dev/null || { echo "InRelease of $suite: bad signature" >&2; exit 1; }
else
  echo "warning: no $keyring or gpgv here; checking SHA256 sums only" >&2
fi

# Packages.xz of one architecture, checked against the SHA256 that InRelease lists for it.
packages_index() {
  local arch=$1 path=main/binary-$1/Packages.xz
  local want
  want=$(awk -v p="$path" '/^SHA256:/ {s = 1; next} /^[^ ]/ {s = 0} s && $3 == p {print $1}' index/InRelease)
  [[ -n $want ]] || { echo "InRelease lists no $path" >&2; exit 1; }
  if [[ ! -f index/$arch.xz || $(sha256_of "index/$arch.xz") != "$want" ]]; then
    fetch "$mirror/dists/$suite/$path" "index/$arch.xz"
    [[ $(sha256_of "index/$arch.xz") == "$want" ]] || { echo "$path: SHA256 mismatch" >&2; exit 1; }
  fi
  xz -dc "index/$arch.xz" >"index/$arch"
}

# Downloads one package's .deb (if not already here with the right sum) and prints its path.
deb_of() {
  local arch=$1 name=$2 file sum
  read -r file sum < <(awk -v n="$name" '
    /^Package: / {hit = ($2 == n)} hit && /^Filename: / {f = $2} hit && /^SHA256: / {s = $2}
    /^$/ && hit && f {print f, s; exit}' "index/$arch")
  [[ -n ${file:-} ]] || { echo "$suite/$arch has no package $name" >&2; exit 1; }
  local deb=debs/${file##*/}
  if [[ ! -f $deb || $(sha256_of "$deb") != "$sum" ]]; then
    echo "downloading ${file##*/}" >&2
    fetch "$mirror/$file" "$deb"
    [[ $(sha256_of "$deb") == "$sum" ]] || { echo "$deb: SHA256 mismatch" >&2; exit 1; }
  fi
  echo "$deb"
}

# Unpacks the packages of one architecture into a fresh folder.
unpack() {
  local arch=$1 into=$2; shift 2
  [[ -f $into/.complete ]] && return
  packages_index "$arch"
  rm -rf "$into"
  mkdir -p "$into"
  for name in "$@"; do
    local deb
    deb=$(deb_of "$arch" "$name")
    dpkg -x "$deb" "$into"
    basename "$deb" >>"$into/.packages"
  done
}

unpack arm64 sysroot "${arm64_packages[@]}"
if [[ ! -f sysroot/.complete ]]; then
  # What usrmerge and the JRE's postinst would have set up: /lib for the loader the binaries name, and symlinks into
  # /etc made relative, so that they resolve inside the sysroot rather than on the host.
  ln -sfn usr/lib sysroot/lib
  find sysroot -type l -lname '/*' | while read -r link; do
    ln -sfn --relative "sysroot$(readlink "$link")" "$link"
  done
  touch sysroot/.complete
fi

# Of qemu-user (all the emulators, 450 MB unpacked) only qemu-aarch64 is kept.
if [[ ! -f qemu/.complete ]]; then
  packages_index amd64
  rm -rf qemu
  mkdir -p qemu
  deb=$(deb_of amd64 qemu-user)
  dpkg-deb --fsys-tarfile "$deb" | tar -x -C qemu ./usr/bin/qemu-aarch64
  basename "$deb" >qemu/.packages
  touch qemu/.complete
fi
