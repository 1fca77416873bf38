#!/usr/bin/env bash
# The test pictures, drawn by the libvips command-line tools. Run by a maintainer, never by the tests:
#   make-images.sh                    remakes the committed set in this folder
#   make-images.sh scene W H OUT      one landscape scene; OUT may carry libvips save options ("a.jpg[Q=85]")
#   make-images.sh phone W H Q OUT    a W×H scene as a phone stores it: pixels turned a quarter
#                                     anticlockwise, JPEG quality Q, no metadata (TestImages.PhoneJpeg
#                                     adds the EXIF with orientation 6, GPS, XMP and comment)
# The pictures are random (gaussnoise), so each run makes different bytes with the same properties.
set -euo pipefail

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A landscape scene as a libvips .v file: bright sky at the top fading to dark ground, with fine grain
# and soft blotches of colour, so renditions compress like photos and show which way up they are.
scene() {
  local width=$1 height=$2 out=$3 blotch=40 band
  vips xyz "$work/xy.v" "$width" "$height"
  vips extract_band "$work/xy.v" "$work/y.v" 1
  # Flipped, so the brightness rises towards the top with a positive factor (a negative one reads as an option).
  vips flip "$work/y.v" "$work/up.v" vertical
  vips linear "$work/up.v" "$work/sky.v" "$(awk "BEGIN { printf \"%.6f\", 200 / $height }")" 30
  vips gaussnoise "$work/grain.v" "$width" "$height" --mean 0 --sigma 12
  vips add "$work/sky.v" "$work/grain.v" "$work/grey.v"
  for band in red green blue; do
    vips gaussnoise "$work/cells.v" $((width / blotch + 1)) $((height / blotch + 1)) --mean 0 --sigma 25
    vips resize "$work/cells.v" "$work/blotches.v" "$blotch" --kernel linear
    vips crop "$work/blotches.v" "$work/fitted.v" 0 0 "$width" "$height"
    vips add "$work/grey.v" "$work/fitted.v" "$work/$band.v"
  done
  vips bandjoin "$work/red.v $work/green.v $work/blue.v" "$work/colour.v"
  vips cast "$work/colour.v" "$out" uchar
}

photo() { # W H OUT
  scene "$1" "$2" "$work/scene.v"
  vips copy "$work/scene.v" "$3"
}

phone() { # W H Q OUT
  scene "$1" "$2" "$work/scene.v"
  vips rot "$work/scene.v" "$work/turned.v" d270
  vips copy "$work/turned.v" "$4[Q=$3,strip]"
}

case "${1:-}" in
  scene) photo "$2" "$3" "$4"; exit ;;
  phone) phone "$2" "$3" "$4" "$5"; exit ;;
  "") ;;
  *) echo "usage: $0 [scene W H OUT | phone W H Q OUT]" >&2; exit 2 ;;
esac

cd "$(dirname "$0")"
for size in 300x200 120x80; do
  for format in jpg png gif webp heic; do
    photo "${size%x*}" "${size#*x}" "scene-$size.$format[strip]"
  done
done
photo 321 123 "scene-321x123.png[strip]"
photo 640 480 "scene-640x480.jpg[strip]"
photo 200 100 "scene-200x100.jpg[strip]"
for format in heic webp gif; do
  photo 640 480 "scene-640x480.$format[strip]"
done
phone 1200 800 90 phone-1200x800-q90.jpg
# 10000×10000 black pixels, interlaced: a small file that takes seconds of processor time and
# hundreds of megabytes to decode (an interlaced PNG is held whole in memory).
vips black "$work/black.v" 10000 10000 --bands 3
vips copy "$work/black.v" "black-10000x10000-interlaced.png[interlace,compression=9,strip]"
