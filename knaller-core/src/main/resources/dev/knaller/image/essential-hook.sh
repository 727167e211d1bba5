#!/bin/sh
# mmdebstrap essential hook, run before the kernel and udev are installed so the initramfs built
# with them keeps kernel interface names: the guest's NIC stays eth0, the name ip= uses.
set -eu
mkdir -p "$1/etc/systemd/network"
ln -sf /dev/null "$1/etc/systemd/network/99-default.link"
