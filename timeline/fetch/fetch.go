// Package fetch downloads one article from the web, safely: bounded in
// time, size and redirects, only web pages and text accepted, and every
// failure explained in words that say what to do.
package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Options bound a download; zero values take the defaults.
type Options struct {
	Timeout      time.Duration // the whole download, body included (default 60s)
	MaxBytes     int64         // the largest page accepted, after decompression (default 32 MiB)
	MaxRedirects int           // default 5
	UserAgent    string
}

const (
	defaultTimeout      = 60 * time.Second
	defaultMaxBytes     = 32 << 20
	defaultMaxRedirects = 5
	defaultUserAgent    = "chronicle (article import; +https://github.com/chronicle-news/chronicle)"
)

// A Page is a downloaded article.
type Page struct {
	URL         string // where it was found, after redirects
	ContentType string // as served, or sniffed when the server did not say
	Body        []byte
}

// accepted are the media types an article can be read from.
var accepted = map[string]bool{
	"text/html": true, "application/xhtml+xml": true, "text/plain": true,
	"text/markdown": true, "text/x-markdown": true,
}

// Get downloads the article at rawURL.
func Get(ctx context.Context, rawURL string, opts Options) (*Page, error) {
	if opts.Timeout <= 0 {
		opts.Timeout = defaultTimeout
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = defaultMaxBytes
	}
	if opts.MaxRedirects <= 0 {
		opts.MaxRedirects = defaultMaxRedirects
	}
	if opts.UserAgent == "" {
		opts.UserAgent = defaultUserAgent
	}
	u, err := url.Parse(rawURL)
	if err != nil || !webScheme(u) || u.Host == "" {
		return nil, fmt.Errorf("%s: not a web address; give one that starts with https:// or http://", rawURL)
	}

	ctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", rawURL, err)
	}
	req.Header.Set("User-Agent", opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1")

	resp, err := client(opts).Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s: %s", rawURL, explain(err, opts))
	}
	defer resp.Body.Close()
	final := resp.Request.URL.String()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %s", rawURL, explainStatus(resp.StatusCode))
	}
	if resp.ContentLength > opts.MaxBytes {
		return nil, fmt.Errorf("%s: %s", rawURL, tooLarge(opts))
	}

	body, err := io.ReadAll(io.LimitReader(resp.Body, opts.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: the download broke off: %s", rawURL, explain(err, opts))
	}
	if int64(len(body)) > opts.MaxBytes {
		return nil, fmt.Errorf("%s: %s", rawURL, tooLarge(opts))
	}
	contentType := resp.Header.Get("Content-Type")
	if contentType == "" {
		contentType = http.DetectContentType(body)
	}
	media, _, err := mime.ParseMediaType(contentType)
	if err != nil || !accepted[media] {
		return nil, fmt.Errorf("%s: %s", rawURL, notArticle(media, contentType))
	}
	return &Page{URL: final, ContentType: contentType, Body: body}, nil
}

func webScheme(u *url.URL) bool { return u.Scheme == "http" || u.Scheme == "https" }

// client is an HTTP client whose every stage is bounded, so a silent or
// trickling server cannot hold an import up.
func client(opts Options) *http.Client {
	dialer := &net.Dialer{Timeout: min(opts.Timeout, 15*time.Second), KeepAlive: -1}
	transport := &http.Transport{
		Proxy:                  http.ProxyFromEnvironment,
		DialContext:            dialer.DialContext,
		TLSHandshakeTimeout:    min(opts.Timeout, 15*time.Second),
		ResponseHeaderTimeout:  opts.Timeout,
		MaxResponseHeaderBytes: 1 << 20,
		DisableKeepAlives:      true,
	}
	return &http.Client{
		Transport: transport,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opts.MaxRedirects {
				return errTooManyRedirects
			}
			if !webScheme(req.URL) {
				return fmt.Errorf("%w to %s", errBadRedirect, req.URL.Redacted())
			}
			return nil
		},
	}
}

var (
	errTooManyRedirects = errors.New("too many redirects")
	errBadRedirect      = errors.New("redirected away from the web")
)

// explain turns a transport error into what happened and what to do.
func explain(err error, opts Options) string {
	var (
		dnsErr  *net.DNSError
		opErr   *net.OpError
		certErr *tls.CertificateVerificationError
		unknown x509.UnknownAuthorityError
		invalid x509.HostnameError
	)
	var urlErr *url.Error
	if errors.As(err, &urlErr) {
		err = urlErr.Err // the address is in the message already
	}
	switch {
	case errors.Is(err, errTooManyRedirects):
		return fmt.Sprintf("more than %d redirects; open the address in a browser and give the address it ends at", opts.MaxRedirects)
	case errors.Is(err, errBadRedirect):
		return err.Error() + "; only http and https addresses can be downloaded"
	case errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
		return fmt.Sprintf("no complete answer within %s; try again later, or save the page from your browser and add the file", opts.Timeout)
	case errors.As(err, &dnsErr):
		return fmt.Sprintf("there is no site called %q (or no network); check the address and your connection", dnsErr.Name)
	case errors.As(err, &certErr), errors.As(err, &unknown), errors.As(err, &invalid):
		return "the site's security certificate is not valid, so the page was not downloaded; check the address, or save the page from your browser and add the file"
	case errors.As(err, &opErr) && opErr.Op == "dial":
		return "the server refused the connection or cannot be reached; check the address, or try again later"
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return "the server closed the connection before the page was complete; try again"
	}
	return err.Error() + "; try again, or save the page from your browser and add the file"
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}

// explainStatus says what an HTTP status other than 200 means to the user.
func explainStatus(code int) string {
	status := fmt.Sprintf("HTTP %d %s", code, http.StatusText(code))
	switch {
	case code == http.StatusNotFound || code == http.StatusGone:
		return "the page does not exist (" + status + "); check the address"
	case code == http.StatusUnauthorized || code == http.StatusForbidden || code == http.StatusPaymentRequired || code == 451:
		return "the site refused the download (" + status + "); it may need a subscription or block programs: open it in your browser, save the page (File > Save Page As) and add the .html file"
	case code == http.StatusTooManyRequests:
		return "the site is limiting requests (" + status + "); wait a few minutes and try again"
	case code >= 500:
		return "the site had an error (" + status + "); try again later"
	case code >= 300 && code < 400:
		return "the site redirected without saying where (" + status + "); open the address in a browser and give the address it ends at"
	}
	return "the site answered " + status + " instead of the page; open it in a browser to see why"
}

func tooLarge(opts Options) string {
	return fmt.Sprintf("the page is larger than %d MB, too large for an article; save the article's text into a .txt file and add that", opts.MaxBytes>>20)
}

// notArticle names what was served instead of a page and what to do.
func notArticle(media, contentType string) string {
	switch {
	case media == "application/pdf":
		return "this is a PDF, not a web page; download it and copy the article's text into a .txt file, then add that"
	case strings.HasPrefix(media, "image/"), strings.HasPrefix(media, "video/"), strings.HasPrefix(media, "audio/"):
		return "this is " + media + ", not an article; give the address of the page that holds the article"
	case media == "application/json" || strings.HasSuffix(media, "+json"):
		return "this is JSON data, not an article; give the address of the article's web page"
	}
	return fmt.Sprintf("the server sent %q, not a web page or text; give the address of the article's web page", contentType)
}
