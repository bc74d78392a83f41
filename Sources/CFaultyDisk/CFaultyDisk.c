#include "CFaultyDisk.h"
#include <sqlite3.h>
#include <string.h>

typedef struct {
    sqlite3_file base;
    sqlite3_file *real;
    int faulty;   /* a file of a database whose name holds "faulty-disk" */
} FaultyFile;

static sqlite3_vfs *original;
static sqlite3_vfs faulty;
static int countdown;   /* writes and syncs left before the fault; 0: disarmed */
static int persistent;
static int failing;     /* the fault has fired and persists */
static int failures;

/* Whether this write or sync fails. */
static int fault(void) {
    if (failing) { failures++; return 1; }
    if (countdown > 0 && --countdown == 0) {
        failures++;
        if (persistent) failing = 1;
        return 1;
    }
    return 0;
}

#define REAL(file) (((FaultyFile *)(file))->real)

static int f_close(sqlite3_file *file) {
    int rc = REAL(file)->pMethods ? REAL(file)->pMethods->xClose(REAL(file)) : SQLITE_OK;
    sqlite3_free(REAL(file));
    return rc;
}
static int f_read(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset) {
    return REAL(file)->pMethods->xRead(REAL(file), buffer, amount, offset);
}
static int f_write(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset) {
    if (((FaultyFile *)file)->faulty && fault()) return SQLITE_FULL;
    return REAL(file)->pMethods->xWrite(REAL(file), buffer, amount, offset);
}
static int f_truncate(sqlite3_file *file, sqlite3_int64 size) {
    return REAL(file)->pMethods->xTruncate(REAL(file), size);
}
static int f_sync(sqlite3_file *file, int flags) {
    if (((FaultyFile *)file)->faulty && fault()) return SQLITE_IOERR_FSYNC;
    return REAL(file)->pMethods->xSync(REAL(file), flags);
}
static int f_file_size(sqlite3_file *file, sqlite3_int64 *size) {
    return REAL(file)->pMethods->xFileSize(REAL(file), size);
}
static int f_lock(sqlite3_file *file, int lock) { return REAL(file)->pMethods->xLock(REAL(file), lock); }
static int f_unlock(sqlite3_file *file, int lock) { return REAL(file)->pMethods->xUnlock(REAL(file), lock); }
static int f_check_reserved(sqlite3_file *file, int *out) {
    return REAL(file)->pMethods->xCheckReservedLock(REAL(file), out);
}
static int f_file_control(sqlite3_file *file, int op, void *arg) {
    return REAL(file)->pMethods->xFileControl(REAL(file), op, arg);
}
static int f_sector_size(sqlite3_file *file) { return REAL(file)->pMethods->xSectorSize(REAL(file)); }
static int f_device(sqlite3_file *file) { return REAL(file)->pMethods->xDeviceCharacteristics(REAL(file)); }
static int f_shm_map(sqlite3_file *file, int region, int size, int extend, void volatile **out) {
    return REAL(file)->pMethods->xShmMap(REAL(file), region, size, extend, out);
}
static int f_shm_lock(sqlite3_file *file, int offset, int n, int flags) {
    return REAL(file)->pMethods->xShmLock(REAL(file), offset, n, flags);
}
static void f_shm_barrier(sqlite3_file *file) { REAL(file)->pMethods->xShmBarrier(REAL(file)); }
static int f_shm_unmap(sqlite3_file *file, int delete) { return REAL(file)->pMethods->xShmUnmap(REAL(file), delete); }
static int f_fetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out) {
    return REAL(file)->pMethods->xFetch(REAL(file), offset, amount, out);
}
static int f_unfetch(sqlite3_file *file, sqlite3_int64 offset, void *page) {
    return REAL(file)->pMethods->xUnfetch(REAL(file), offset, page);
}

static const sqlite3_io_methods methods = {
    3, f_close, f_read, f_write, f_truncate, f_sync, f_file_size, f_lock, f_unlock, f_check_reserved,
    f_file_control, f_sector_size, f_device, f_shm_map, f_shm_lock, f_shm_barrier, f_shm_unmap, f_fetch, f_unfetch,
};

static int f_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *out_flags) {
    (void)vfs;
    FaultyFile *wrapper = (FaultyFile *)file;
    wrapper->faulty = name && strstr(name, "faulty-disk") != NULL;
    wrapper->real = sqlite3_malloc(original->szOsFile);
    if (!wrapper->real) return SQLITE_NOMEM;
    memset(wrapper->real, 0, original->szOsFile);
    int rc = original->xOpen(original, name, wrapper->real, flags, out_flags);
    if (rc != SQLITE_OK) {
        sqlite3_free(wrapper->real);
        wrapper->real = NULL;
        file->pMethods = NULL;
        return rc;
    }
    file->pMethods = &methods;
    return SQLITE_OK;
}

static int f_delete(sqlite3_vfs *vfs, const char *name, int sync) { (void)vfs; return original->xDelete(original, name, sync); }
static int f_access(sqlite3_vfs *vfs, const char *name, int flags, int *out) {
    (void)vfs;
    return original->xAccess(original, name, flags, out);
}
static int f_full_path(sqlite3_vfs *vfs, const char *name, int size, char *out) {
    (void)vfs;
    return original->xFullPathname(original, name, size, out);
}
static void *f_dl_open(sqlite3_vfs *vfs, const char *name) { (void)vfs; return original->xDlOpen(original, name); }
static void f_dl_error(sqlite3_vfs *vfs, int size, char *out) { (void)vfs; original->xDlError(original, size, out); }
static void (*f_dl_sym(sqlite3_vfs *vfs, void *handle, const char *symbol))(void) {
    (void)vfs;
    return original->xDlSym(original, handle, symbol);
}
static void f_dl_close(sqlite3_vfs *vfs, void *handle) { (void)vfs; original->xDlClose(original, handle); }
static int f_randomness(sqlite3_vfs *vfs, int size, char *out) { (void)vfs; return original->xRandomness(original, size, out); }
static int f_sleep(sqlite3_vfs *vfs, int micro) { (void)vfs; return original->xSleep(original, micro); }
static int f_current_time(sqlite3_vfs *vfs, double *out) { (void)vfs; return original->xCurrentTime(original, out); }
static int f_last_error(sqlite3_vfs *vfs, int size, char *out) {
    (void)vfs;
    return original->xGetLastError ? original->xGetLastError(original, size, out) : 0;
}
static int f_current_time64(sqlite3_vfs *vfs, sqlite3_int64 *out) {
    (void)vfs;
    return original->xCurrentTimeInt64(original, out);
}

int faulty_disk_install(void) {
    if (original) return SQLITE_OK;
    original = sqlite3_vfs_find(NULL);
    if (!original) return SQLITE_ERROR;
    faulty = (sqlite3_vfs){
        2, (int)(sizeof(FaultyFile)), original->mxPathname, NULL, "faulty-disk", NULL,
        f_open, f_delete, f_access, f_full_path, f_dl_open, f_dl_error, f_dl_sym, f_dl_close,
        f_randomness, f_sleep, f_current_time, f_last_error, f_current_time64, NULL, NULL, NULL,
    };
    return sqlite3_vfs_register(&faulty, 1);
}

void faulty_disk_arm(int nth, int keep) {
    countdown = nth;
    persistent = keep;
    failing = 0;
    failures = 0;
}

int faulty_disk_failures(void) { return failures; }
