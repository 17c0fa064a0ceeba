//! An SVG bar chart of the pilot units per province, bars coloured by
//! economic region, with Chinese labels, written to the given path.
//!
//! ```text
//! cargo run --example chart -- pilots-per-province.svg
//! ```
//!
//! The labels are SVG text, drawn by the viewer with its own CJK fonts.

use std::process::ExitCode;

use cn_edu_pilots::{EconomicRegion, Province, pilots};
use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;

/// Fonts to try for the Chinese labels, in the viewer; generic last.
const FONT: &str = "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, WenQuanYi Micro Hei, sans-serif";

fn colour(region: EconomicRegion) -> RGBColor {
    match region {
        EconomicRegion::Eastern => RGBColor(0x1f, 0x77, 0xb4),
        EconomicRegion::Central => RGBColor(0xff, 0x7f, 0x0e),
        EconomicRegion::Western => RGBColor(0x2c, 0xa0, 0x2c),
        EconomicRegion::Northeast => RGBColor(0x94, 0x67, 0xbd),
    }
}

fn draw(path: &str) -> Result<(), Box<dyn std::error::Error>> {
    let provinces = Province::ALL;
    let counts: Vec<usize> = provinces
        .iter()
        .map(|&p| pilots::by_province(p).len())
        .collect();
    let max = counts.iter().copied().max().unwrap_or(0);
    let n = u32::try_from(provinces.len())?;
    // Row i from the top is province i; plotters counts rows from the bottom.
    let row = |i: usize| n - 1 - u32::try_from(i).unwrap_or(0);

    let root = SVGBackend::new(path, (900, 1000)).into_drawing_area();
    root.fill(&WHITE)?;
    let mut chart = ChartBuilder::on(&root)
        .caption(
            "第一批教育信息化试点单位：各省试点数（教技函〔2012〕70号）",
            (FONT, 24),
        )
        .margin(20)
        .x_label_area_size(50)
        .y_label_area_size(150)
        .build_cartesian_2d(0u32..u32::try_from(max + 1)?, (0u32..n).into_segmented())?;

    chart
        .configure_mesh()
        .disable_y_mesh()
        .x_labels(max + 2)
        .x_label_formatter(&|x| x.to_string())
        .x_desc("试点单位数 (pilot units; a joint entry counts in each member's province)")
        .y_labels(provinces.len())
        .y_label_formatter(&|y| match y {
            SegmentValue::CenterOf(r) => (n - 1)
                .checked_sub(*r)
                .and_then(|i| provinces.get(usize::try_from(i).ok()?))
                .map(|p| p.short_name_zh().to_owned())
                .unwrap_or_default(),
            _ => String::new(),
        })
        .label_style((FONT, 15))
        .axis_desc_style((FONT, 15))
        .draw()?;

    for region in EconomicRegion::ALL {
        let fill = colour(region).filled();
        let bars = provinces
            .iter()
            .enumerate()
            .filter(|(_, p)| p.region() == region)
            .map(|(i, _)| {
                let r = row(i);
                let count = u32::try_from(counts[i]).unwrap_or(0);
                let mut bar = Rectangle::new(
                    [
                        (0, SegmentValue::Exact(r)),
                        (count, SegmentValue::Exact(r + 1)),
                    ],
                    fill,
                );
                bar.set_margin(3, 3, 0, 0);
                bar
            });
        chart
            .draw_series(bars)?
            .label(format!("{}  {}", region.label_zh(), region.label_en()))
            .legend(move |(x, y)| Rectangle::new([(x, y - 6), (x + 14, y + 6)], fill));
    }

    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .label_font((FONT, 16))
        .draw()?;
    root.present()?;
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = args.as_slice() else {
        eprintln!("usage: chart OUTPUT.svg");
        return ExitCode::from(2);
    };
    match draw(path) {
        Ok(()) => {
            println!("wrote {path}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: cannot draw {path}: {err}");
            ExitCode::FAILURE
        }
    }
}
