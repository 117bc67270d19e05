// Package atomicfile writes a file so that readers see the old content or
// the new, never a half-written mix: write a temporary file beside it,
// sync, then rename over the target.
package atomicfile

import (
	"os"
	"path/filepath"
)

// Write replaces name with data. The file keeps its mode if it exists
// (0644 otherwise). On error the original is untouched and no temporary
// file is left behind.
func Write(name string, data []byte) (err error) {
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(name); err == nil {
		mode = fi.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Chmod(mode); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), name)
}
