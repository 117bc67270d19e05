package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/timeline/extract"
	"github.com/chronicle-news/chronicle/timeline/publish"
)

var serveFlags struct {
	bind string
	port int
}

var serveCmd = &cobra.Command{
	Use:   "serve",
	Short: "Preview the site on this machine, rebuilt and reloaded as you edit",
	Long: `Serve builds the site (extracting the stories whose sources changed) into
a temporary folder and serves it on http://127.0.0.1:1313/. When a file of
the site changes (an article, a timeline.yaml, config.yaml, a layout), it
builds again and the open pages reload; a failed build is shown on the page
and in the terminal, and the last good site stays up. public/ is not touched.
Stop with Ctrl-C.`,
	Example: `  chronicle serve
  chronicle serve -s mysite --port 8080`,
	Args: cobra.NoArgs,
	RunE: runServe,
}

func init() {
	serveCmd.Flags().StringVar(&serveFlags.bind, "bind", "127.0.0.1", "the interface to listen on")
	serveCmd.Flags().IntVarP(&serveFlags.port, "port", "p", 1313, "the port to listen on")
	rootCmd.AddCommand(serveCmd)
}

func runServe(cmd *cobra.Command, _ []string) error {
	dir, err := siteDir()
	if err != nil {
		return err
	}
	out, errOut := cmd.OutOrStdout(), cmd.ErrOrStderr()
	ln, err := net.Listen("tcp", net.JoinHostPort(serveFlags.bind, fmt.Sprint(serveFlags.port)))
	if err != nil {
		return fmt.Errorf("%w (choose another --port)", err)
	}
	tmp, err := os.MkdirTemp("", "chronicle-serve-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	eo, clear := withProgress(cmd, extract.Options{})
	p := &preview{
		site:    dir,
		extract: eo,
		clear:   clear,
		dest:    filepath.Join(tmp, "public"),
		baseURL: "http://" + ln.Addr().String() + "/",
		out:     out,
		errOut:  errOut,
		clients: map[chan event]bool{},
	}
	if err := p.build(); err != nil {
		return err // the first build must work: there is nothing to show yet
	}
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go p.watch(ctx, 300*time.Millisecond, p.state())

	srv := &http.Server{Handler: p}
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(shutdown)
	}()
	fmt.Fprintf(out, "serving %s at %s (Ctrl-C to stop)\n", dir, p.baseURL)
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// A preview serves the last good build of a site and tells open pages
// when to reload.
type preview struct {
	site, dest, baseURL string
	out, errOut         io.Writer
	// extract shows the progress of an extraction; clear takes it away.
	extract extract.Options
	clear   func()

	mu      sync.Mutex
	clients map[chan event]bool
}

// An event for the open pages: "reload", or "problem" with the error.
type event struct{ name, data string }

func (p *preview) build() error {
	start := time.Now()
	rep, err := buildSite(p.site, p.extract, p.clear, publish.Options{Dest: p.dest, BaseURL: p.baseURL}, p.out, p.errOut)
	if err != nil {
		return err
	}
	fmt.Fprintf(p.out, "built %s in %s\n", summary(rep), time.Since(start).Round(time.Millisecond))
	return nil
}

// watch builds again whenever a file of the site changes from last, once
// the change has settled (an editor may write a file in several steps).
func (p *preview) watch(ctx context.Context, every time.Duration, last string) {
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
		now := p.state()
		if now == last {
			continue
		}
		for settled := false; !settled; {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			again := p.state()
			settled, now = again == now, again
		}
		// Edits made while building are seen next time round. So is the
		// timeline.yaml an extraction writes: that rebuild finds nothing to
		// extract and changes nothing.
		last = now
		if err := p.build(); err != nil {
			fmt.Fprintln(p.errOut, "chronicle:", err)
			b, _ := json.Marshal(err.Error())
			p.send(event{"problem", string(b)})
		} else {
			p.send(event{"reload", "{}"})
		}
	}
}

// state sums up the site's files: names, sizes and modification times,
// skipping hidden folders (.git, .chronicle) and the usual output folder.
func (p *preview) state() string {
	var b strings.Builder
	filepath.WalkDir(p.site, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && name != p.site && (strings.HasPrefix(d.Name(), ".") || name == filepath.Join(p.site, "public")) {
			return filepath.SkipDir
		}
		if info, err := d.Info(); err == nil && !d.IsDir() {
			fmt.Fprintf(&b, "%s %d %d\n", name, info.Size(), info.ModTime().UnixNano())
		}
		return nil
	})
	return b.String()
}

func (p *preview) send(e event) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for c := range p.clients {
		select {
		case c <- e:
		default: // a stalled page misses an event, not the others
		}
	}
}

const livePath = "/__chronicle/live"

// liveScript reloads the page after a build, or shows why a build failed.
const liveScript = `<script>
(() => {
  const es = new EventSource("` + livePath + `");
  es.addEventListener("reload", () => location.reload());
  es.addEventListener("problem", e => {
    let box = document.getElementById("chronicle-problem");
    if (!box) {
      box = document.createElement("pre");
      box.id = "chronicle-problem";
      box.style.cssText = "position:fixed;left:1rem;right:1rem;bottom:1rem;max-height:50vh;overflow:auto;margin:0;padding:1rem;background:#5c0b0b;color:#fff;font:13px/1.45 ui-monospace,monospace;white-space:pre-wrap;z-index:2147483647";
      document.body.append(box);
    }
    box.textContent = "The last build failed; this is the one before it.\n\n" + JSON.parse(e.data);
  });
})();
</script>`

func (p *preview) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == livePath {
		p.live(w, r)
		return
	}
	name := path.Clean(r.URL.Path)
	if strings.HasSuffix(r.URL.Path, "/") {
		name = path.Join(name, "index.html")
	}
	if strings.HasSuffix(name, ".html") {
		b, err := os.ReadFile(filepath.Join(p.dest, filepath.FromSlash(name)))
		if err == nil {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("Cache-Control", "no-store")
			if i := bytes.LastIndex(b, []byte("</body>")); i >= 0 {
				b = append(b[:i:i], append([]byte(liveScript), b[i:]...)...)
			}
			w.Write(b)
			return
		}
	}
	w.Header().Set("Cache-Control", "no-store")
	if _, err := os.Stat(filepath.Join(p.dest, filepath.FromSlash(name))); errors.Is(err, fs.ErrNotExist) {
		if b, err := os.ReadFile(filepath.Join(p.dest, "404.html")); err == nil {
			// The site's own 404 page, as a static host would serve it.
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusNotFound)
			w.Write(b)
			return
		}
	}
	http.FileServer(http.Dir(p.dest)).ServeHTTP(w, r)
}

// live streams events to one open page (server-sent events).
func (p *preview) live(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	c := make(chan event, 4)
	p.mu.Lock()
	p.clients[c] = true
	p.mu.Unlock()
	defer func() {
		p.mu.Lock()
		delete(p.clients, c)
		p.mu.Unlock()
	}()
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	flusher.Flush()
	for {
		select {
		case <-r.Context().Done():
			return
		case e := <-c:
			fmt.Fprintf(w, "event: %s\ndata: %s\n\n", e.name, e.data)
			flusher.Flush()
		}
	}
}
