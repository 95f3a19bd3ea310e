//! `newsdex serve`: the index in a browser and as a JSON API (see `crates/serve`), from a
//! local index or a cluster.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::Path;

use anyhow::{Context, Result};
use clap::Args;

use super::Code;
use newsdex_index::NewsIndex;
use newsdex_serve::{is_loopback, Backend, Server, DEFAULT_PORT};

#[derive(Debug, Args)]
#[command(after_help = "Examples:
  newsdex serve                       # http://127.0.0.1:7700
  newsdex serve --port 8080
  newsdex serve --index opensearch://10.0.0.5:9200/news
  curl 'http://127.0.0.1:7700/api/search?q=Rafah&person=Sullivan'")]
pub struct ServeArgs {
    /// Address to listen on; anything but a loopback address exposes the archive to the
    /// network (a warning says so)
    #[arg(long, value_name = "IP", default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    pub bind: IpAddr,
    /// Port to listen on (0: any free port, printed at start)
    #[arg(long, default_value_t = DEFAULT_PORT)]
    pub port: u16,
    /// Also answer requests for this Host (NAME:PORT), e.g. the machine's name when bound
    /// to a non-loopback address; repeatable. Other names are refused (DNS rebinding)
    #[arg(long = "allow-host", value_name = "NAME:PORT")]
    pub allow_hosts: Vec<String>,
}

pub fn run(index_dir: &Path, args: ServeArgs) -> Result<Code> {
    let index = NewsIndex::open(index_dir)?;
    serve(index.into(), &index_dir.display().to_string(), args)
}

/// Serves `backend` (`shown` names it at start) until Ctrl-C.
pub fn serve(backend: Backend, shown: &str, args: ServeArgs) -> Result<Code> {
    if !is_loopback(args.bind) {
        eprintln!(
            "warning: listening on {}, not a loopback address: anyone who can reach this \
             machine can read the whole archive{}",
            args.bind,
            if args.allow_hosts.is_empty() {
                " (requests are answered only for this address and localhost: add \
                 --allow-host NAME:PORT for the names others use)"
            } else {
                ""
            }
        );
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the server's runtime")?;
    runtime.block_on(async {
        let server = Server::bind(
            backend,
            SocketAddr::new(args.bind, args.port),
            &args.allow_hosts,
        )
        .await?;
        let addr = server.local_addr()?;
        let addr_shown = match addr {
            SocketAddr::V4(a) => a.to_string(),
            SocketAddr::V6(a) => format!("[{}]:{}", a.ip(), a.port()),
        };
        println!("newsdex serving {shown} at http://{addr_shown}/ (Ctrl-C stops)");
        server
            .run(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
    })?;
    Ok(Code::Ok)
}
