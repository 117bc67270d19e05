package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

const page = "<html><head><title>Fire</title></head><body><p>A fire broke out on Saturday.</p></body></html>"

// server answers each path of the table below on loopback.
func server(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		fmt.Fprint(w, page)
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "A fire broke out on Saturday.")
	})
	mux.HandleFunc("/untyped", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // no header at all: sniffed
		fmt.Fprint(w, page)
	})
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/hop/"), "%d", &n)
		if n == 0 {
			http.Redirect(w, r, "/article", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://files.example/article.txt", http.StatusFound)
	})
	for code, path := range map[int]string{404: "/gone", 403: "/paywall", 429: "/busy", 503: "/down", 204: "/empty", 302: "/nowhere"} {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(code) })
	}
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		fmt.Fprint(w, "%PDF-1.7")
	})
	mux.HandleFunc("/photo", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/jpeg")
		w.Write([]byte{0xff, 0xd8, 0xff})
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(bytes.Repeat([]byte("<p>x</p>"), 1<<18)) // 2 MiB, length declared
	})
	mux.HandleFunc("/big-stream", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for range 1 << 10 {
			w.Write(bytes.Repeat([]byte("<p>x</p>"), 256)) // 2 MiB in chunks, no length
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("/gzip-bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write(bytes.Repeat([]byte(" "), 8<<20)) // 8 MiB of spaces, a few KB on the wire
		zw.Close()
	})
	mux.HandleFunc("/slow-header", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/slow-body", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<p>A fire"))
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/cut", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "1000")
		w.Write([]byte("<p>A fire"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestGet(t *testing.T) {
	srv := server(t)
	opts := Options{Timeout: 500 * time.Millisecond, MaxBytes: 1 << 20, MaxRedirects: 3}
	tests := []struct {
		path        string
		contentType string // on success
		final       string
	}{
		{"/article", "text/html; charset=iso-8859-1", "/article"},
		{"/plain", "text/plain", "/plain"},
		{"/untyped", "text/html; charset=utf-8", "/untyped"},
		{"/hop/2", "text/html; charset=iso-8859-1", "/article"}, // three redirects: the limit
	}
	for _, tt := range tests {
		p, err := Get(context.Background(), srv.URL+tt.path, opts)
		if err != nil {
			t.Errorf("%s: %v", tt.path, err)
			continue
		}
		if p.ContentType != tt.contentType || p.URL != srv.URL+tt.final || len(p.Body) == 0 {
			t.Errorf("%s: got %q from %s, want %q from %s", tt.path, p.ContentType, p.URL, tt.contentType, tt.final)
		}
	}
}

// Each way a download fails is told apart, with what to do.
func TestGetErrors(t *testing.T) {
	srv := server(t)
	closed := httptest.NewServer(http.NotFoundHandler())
	closedURL := closed.URL
	closed.Close()
	opts := Options{Timeout: 500 * time.Millisecond, MaxBytes: 1 << 20, MaxRedirects: 3}
	tests := []struct{ url, want string }{
		{"ftp://files.example/a.txt", "not a web address; give one that starts with https://"},
		{"www.example.com/news", "not a web address"},
		{srv.URL + "/gone", "the page does not exist (HTTP 404 Not Found); check the address"},
		{srv.URL + "/paywall", "the site refused the download (HTTP 403 Forbidden); it may need a subscription"},
		{srv.URL + "/busy", "the site is limiting requests (HTTP 429 Too Many Requests); wait"},
		{srv.URL + "/down", "the site had an error (HTTP 503 Service Unavailable); try again later"},
		{srv.URL + "/empty", "the site answered HTTP 204 No Content instead of the page"},
		{srv.URL + "/nowhere", "the site redirected without saying where (HTTP 302 Found)"},
		{srv.URL + "/hop/3", "more than 3 redirects; open the address in a browser"},
		{srv.URL + "/to-ftp", "redirected away from the web to ftp://files.example/article.txt; only http and https"},
		{srv.URL + "/report.pdf", "this is a PDF, not a web page; download it and copy the article's text"},
		{srv.URL + "/photo", "this is image/jpeg, not an article"},
		{srv.URL + "/big", "the page is larger than 1 MB, too large for an article"},
		{srv.URL + "/big-stream", "the page is larger than 1 MB"},
		{srv.URL + "/gzip-bomb", "the page is larger than 1 MB"},
		{srv.URL + "/slow-header", "no complete answer within 500ms; try again later"},
		{srv.URL + "/slow-body", "the download broke off: no complete answer within 500ms"},
		{srv.URL + "/cut", "the download broke off: the server closed the connection before the page was complete"},
		{closedURL + "/article", "the server refused the connection or cannot be reached"},
	}
	for _, tt := range tests {
		_, err := Get(context.Background(), tt.url, opts)
		if err == nil || !strings.HasPrefix(err.Error(), tt.url+": "+tt.want) {
			t.Errorf("%s:\n got %v\nwant %s: %s...", tt.url, err, tt.url, tt.want)
		}
	}
}
