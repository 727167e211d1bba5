#!/bin/sh
# mmdebstrap customize hook: bakes knaller's guest configuration into the image.
# $1 is the image root; KNALLER_GUEST_FILES names the directory holding the files installed here,
# KNALLER_AUTHORIZED_KEYS the public key root may log in with.
set -eu
root=$1
files=$KNALLER_GUEST_FILES

install -m 0755 "$files/knaller-net-setup" "$root/usr/local/sbin/knaller-net-setup"
install -m 0644 "$files/knaller-net.service" "$root/etc/systemd/system/knaller-net.service"
install -m 0644 "$files/knaller-host-keys.service" "$root/etc/systemd/system/knaller-host-keys.service"
chroot "$root" systemctl enable knaller-net.service knaller-host-keys.service

# Key-only root login; the host keys openssh-server generated at install are removed so that
# no two VMs share them.
install -m 0644 "$files/sshd-knaller.conf" "$root/etc/ssh/sshd_config.d/knaller.conf"
rm -f "$root"/etc/ssh/ssh_host_*
install -d -m 0700 "$root/root/.ssh"
install -m 0600 "$KNALLER_AUTHORIZED_KEYS" "$root/root/.ssh/authorized_keys"

# apt inside the guest never prompts: debconf is noninteractive, and the build's --dpkgopt
# force-confdef/force-confold (kept in /etc/dpkg/dpkg.cfg.d) keeps existing config files.
echo 'debconf debconf/frontend select Noninteractive' | chroot "$root" debconf-set-selections

echo knaller > "$root/etc/hostname"
printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' > "$root/etc/hosts"
