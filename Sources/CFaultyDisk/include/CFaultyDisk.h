#ifndef C_FAULTY_DISK_H
#define C_FAULTY_DISK_H

/// A test double for the disk, as SQLite's own tests use: an SQLite VFS over the default one
/// whose writes and syncs can be made to fail. Registered as the default VFS, every database
/// the process opens afterwards goes through it; only files whose name holds "faulty-disk"
/// (a store, its -wal and -shm) are failed, so other tests running beside are not.

/// Registers the faulty VFS as the default. Safe to call more than once.
int faulty_disk_install(void);

/// Arms a fault: the `nth` write or sync from now (1 is the next one) fails, and with
/// `persistent` every one after it too, as a full disk does. 0 disarms.
void faulty_disk_arm(int nth, int persistent);

/// How many writes and syncs have failed since the last arming.
int faulty_disk_failures(void);

#endif
