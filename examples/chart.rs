//! An SVG of the pilot units per province: a bar chart, bars coloured by
//! economic region and labelled with their counts, and beside it a tile
//! grid, one equal square per province at its approximate place, coloured
//! by the number of pilots or, with `--theme`, by whether the province has a
//! pilot with that theme. Labels are in Chinese and English.
//!
//! ```text
//! cargo run --example chart -- pilots-per-province.svg
//! cargo run --example chart -- --theme CloudComputing pilots-cloud.svg
//! ```
//!
//! The tile grid draws no boundaries: it is a chart of the list's
//! jurisdictions, not a map. The labels are SVG text, drawn by the viewer
//! with its own CJK fonts. A bad argument prints what was wrong and exits
//! with status 2; `--help` prints the usage.

use std::process::ExitCode;

use cn_edu_pilots::{EconomicRegion, FocusTheme, Province, pilots};
use plotters::coord::Shift;
use plotters::coord::ranged1d::SegmentValue;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

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

/// Each jurisdiction's tile, by column (west to east) and row (north to
/// south): an approximate geographic arrangement, one equal square each.
const TILES: [(Province, i32, i32); 32] = {
    use Province::*;
    [
        (Heilongjiang, 7, 0),
        (Xpcc, 0, 1),
        (InnerMongolia, 4, 1),
        (Jilin, 7, 1),
        (Xinjiang, 0, 2),
        (Gansu, 2, 2),
        (Ningxia, 3, 2),
        (Shanxi, 4, 2),
        (Beijing, 5, 2),
        (Liaoning, 6, 2),
        (Qinghai, 1, 3),
        (Shaanxi, 3, 3),
        (Hebei, 4, 3),
        (Tianjin, 5, 3),
        (Tibet, 1, 4),
        (Sichuan, 2, 4),
        (Chongqing, 3, 4),
        (Henan, 4, 4),
        (Shandong, 5, 4),
        (Yunnan, 1, 5),
        (Guizhou, 2, 5),
        (Hubei, 3, 5),
        (Anhui, 4, 5),
        (Jiangsu, 5, 5),
        (Shanghai, 6, 5),
        (Guangxi, 2, 6),
        (Hunan, 3, 6),
        (Jiangxi, 4, 6),
        (Zhejiang, 5, 6),
        (Guangdong, 3, 7),
        (Fujian, 4, 7),
        (Hainan, 2, 8),
    ]
};

/// Places outside the list, drawn as outlined tiles so that the grid reads
/// as the whole country: name, English name, column, row.
const OUTSIDE: [(&str, &str, i32, i32); 3] = [
    ("台湾", "Taiwan", 5, 7),
    ("澳门", "Macao", 3, 8),
    ("香港", "Hong Kong", 4, 8),
];

/// The short Chinese name a label has room for: 兵团 for the Corps.
fn tile_name(province: Province) -> &'static str {
    match province {
        Province::Xpcc => province.abbreviation(),
        _ => province.short_name_zh(),
    }
}

/// The short English name a label has room for: XPCC for the Corps.
fn tile_name_en(province: Province) -> &'static str {
    match province {
        Province::Xpcc => "XPCC",
        _ => province.name_en(),
    }
}

/// The fill for `count` pilots: white for none, then darker blues.
fn shade(count: usize) -> RGBColor {
    match count {
        0 => RGBColor(0xf7, 0xfb, 0xff),
        1 => RGBColor(0xc6, 0xdb, 0xef),
        2 => RGBColor(0x6b, 0xae, 0xd6),
        _ => RGBColor(0x21, 0x71, 0xb5),
    }
}

fn draw_bars(
    area: &DrawingArea<SVGBackend, Shift>,
    counts: &[usize],
) -> Result<(), Box<dyn std::error::Error>> {
    let provinces = Province::ALL;
    let max = counts.iter().copied().max().unwrap_or(0);
    let n = u32::try_from(provinces.len())?;
    // Row i from the top is province i; plotters counts rows from the bottom.
    let row = |i: usize| n - 1 - u32::try_from(i).expect("a row index is below the 32 provinces");
    let mut chart = ChartBuilder::on(area)
        .caption("各省试点数 Pilots per province", (FONT, 22))
        .margin(20)
        .x_label_area_size(50)
        .y_label_area_size(150)
        // Segments 0 to n - 1: one per province, none spare.
        .build_cartesian_2d(
            0u32..u32::try_from(max + 1)?,
            (0u32..n - 1).into_segmented(),
        )?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .x_labels(max + 2)
        .x_label_formatter(&|x| x.to_string())
        .x_desc("试点单位数 pilot units (a joint entry counts in each member's province)")
        .y_labels(provinces.len())
        .y_label_formatter(&|y| match y {
            SegmentValue::CenterOf(r) => (n - 1)
                .checked_sub(*r)
                .and_then(|i| provinces.get(usize::try_from(i).ok()?))
                .map(|&p| format!("{} {}", tile_name(p), tile_name_en(p)))
                .unwrap_or_default(),
            _ => String::new(),
        })
        .label_style((FONT, 14))
        .axis_desc_style((FONT, 14))
        .draw()?;

    for region in EconomicRegion::ALL {
        let fill = colour(region).filled();
        let bars = provinces
            .iter()
            .enumerate()
            .filter(|(_, p)| p.region() == region)
            .map(|(i, _)| {
                let r = row(i);
                let count = u32::try_from(counts[i]).expect("a count is at most the 56 entries");
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
            .label(format!("{} {}", region.label_zh(), region.label_en()))
            .legend(move |(x, y)| Rectangle::new([(x, y - 6), (x + 14, y + 6)], fill));
    }
    // The count at the end of each bar, 0 included.
    let style = TextStyle::from((FONT, 13).into_font()).pos(Pos::new(HPos::Left, VPos::Center));
    chart.draw_series(counts.iter().enumerate().map(|(i, &count)| {
        let count = u32::try_from(count).expect("a count is at most the 56 entries");
        Text::new(
            format!(" {count}"),
            (count, SegmentValue::CenterOf(row(i))),
            style.clone(),
        )
    }))?;
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK)
        .label_font((FONT, 14))
        .draw()?;
    Ok(())
}

fn draw_tiles(
    area: &DrawingArea<SVGBackend, Shift>,
    counts: &[usize],
    theme: Option<FocusTheme>,
) -> Result<(), Box<dyn std::error::Error>> {
    const SIZE: i32 = 86;
    const LEFT: i32 = 30;
    const TOP: i32 = 90;
    let caption = match theme {
        None => "试点数 Pilots per province".to_owned(),
        Some(t) => format!(
            "{}试点数 Pilots on {}",
            t.label_zh(),
            t.label_en().to_lowercase()
        ),
    };
    area.draw(&Text::new(caption, (LEFT, 30), (FONT, 22).into_font()))?;
    let centred =
        |size| TextStyle::from((FONT, size).into_font()).pos(Pos::new(HPos::Center, VPos::Center));
    let corner = |col: i32, row: i32| (LEFT + col * SIZE, TOP + row * SIZE);
    for (i, &(province, col, row)) in TILES.iter().enumerate() {
        let (x, y) = corner(col, row);
        // The number shown: all the province's pilots, or those on the theme.
        let count = match theme {
            None => {
                counts[Province::ALL
                    .iter()
                    .position(|p| *p == province)
                    .unwrap_or(i)]
            }
            Some(t) => (pilots::by_province(province) & pilots::by_theme(t)).len(),
        };
        let (fill, text) = match (theme, count) {
            (None, _) => (shade(count), if count >= 3 { WHITE } else { BLACK }),
            (Some(_), 0) => (shade(0), BLACK),
            (Some(_), _) => (shade(3), WHITE),
        };
        let tile = [(x + 2, y + 2), (x + SIZE - 2, y + SIZE - 2)];
        area.draw(&Rectangle::new(tile, fill.filled()))?;
        area.draw(&Rectangle::new(
            tile,
            RGBColor(0x6b, 0xae, 0xd6).stroke_width(1),
        ))?;
        let (name, name_en) = (tile_name(province), tile_name_en(province));
        let mid = x + SIZE / 2;
        area.draw(&Text::new(
            name.to_owned(),
            (mid, y + 22),
            centred(16).color(&text),
        ))?;
        area.draw(&Text::new(
            name_en.to_owned(),
            (mid, y + 42),
            centred(10).color(&text),
        ))?;
        area.draw(&Text::new(
            count.to_string(),
            (mid, y + 64),
            centred(18).color(&text),
        ))?;
    }
    for (name, name_en, col, row) in OUTSIDE {
        let (x, y) = corner(col, row);
        let grey = RGBColor(0x99, 0x99, 0x99);
        area.draw(&Rectangle::new(
            [(x + 2, y + 2), (x + SIZE - 2, y + SIZE - 2)],
            grey.stroke_width(1),
        ))?;
        let mid = x + SIZE / 2;
        area.draw(&Text::new(
            name.to_owned(),
            (mid, y + 30),
            centred(16).color(&grey),
        ))?;
        area.draw(&Text::new(
            name_en.to_owned(),
            (mid, y + 52),
            centred(10).color(&grey),
        ))?;
    }
    // The legend, under the grid.
    let (x, y) = corner(0, 9);
    let keys: Vec<(RGBColor, String)> = match theme {
        None => (0..=3)
            .map(|c| {
                let plural = if c == 1 { "" } else { "s" };
                (shade(c), format!("{c} 个试点 pilot{plural}"))
            })
            .collect(),
        Some(t) => vec![
            (
                shade(3),
                format!("有 with a {} pilot", t.label_en().to_lowercase()),
            ),
            (shade(0), "无 without".to_owned()),
        ],
    };
    for (k, (fill, label)) in keys.iter().enumerate() {
        let ky = y + i32::try_from(k).expect("a legend has a few keys") * 24;
        area.draw(&Rectangle::new([(x, ky), (x + 18, ky + 18)], fill.filled()))?;
        area.draw(&Rectangle::new(
            [(x, ky), (x + 18, ky + 18)],
            BLACK.stroke_width(1),
        ))?;
        area.draw(&Text::new(
            label.clone(),
            (x + 26, ky + 2),
            (FONT, 14).into_font(),
        ))?;
    }
    let ky = y + i32::try_from(keys.len()).expect("a legend has a few keys") * 24;
    let grey = RGBColor(0x99, 0x99, 0x99);
    area.draw(&Rectangle::new(
        [(x, ky), (x + 18, ky + 18)],
        grey.stroke_width(1),
    ))?;
    area.draw(&Text::new(
        "不在名单范围 outside the list".to_owned(),
        (x + 26, ky + 2),
        (FONT, 14).into_font().color(&grey),
    ))?;
    Ok(())
}

fn draw(path: &str, theme: Option<FocusTheme>) -> Result<(), Box<dyn std::error::Error>> {
    let counts: Vec<usize> = Province::ALL
        .iter()
        .map(|&p| pilots::by_province(p).len())
        .collect();
    let root = SVGBackend::new(path, (1640, 1100)).into_drawing_area();
    root.fill(&WHITE)?;
    let root = root.titled(
        "第一批教育信息化试点单位（教技函〔2012〕70号） First batch of regional education-informatization pilots",
        (FONT, 24),
    )?;
    let (bars, tiles) = root.split_horizontally(900);
    draw_bars(&bars, &counts)?;
    draw_tiles(&tiles, &counts, theme)?;
    root.present()?;
    Ok(())
}

const USAGE: &str = "usage: chart [--theme THEME] OUTPUT.svg

Draws the pilot units per province as an SVG: a bar chart by economic
region and a tile grid of the provinces.

options:
  --theme THEME  colour the grid by the pilots with THEME, in any form
                 (CloudComputing, 云计算, …)
  -h, --help     print this help";

/// The output path and the theme, if any; or what was wrong. `--help`
/// prints the usage and exits.
fn parse_args() -> Result<(String, Option<FocusTheme>), String> {
    use lexopt::prelude::*;
    let (mut path, mut theme) = (None, None);
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("theme") => {
                let value = parser.value().map_err(|e| e.to_string())?;
                let value = value.string().map_err(|e| e.to_string())?;
                theme = Some(value.parse::<FocusTheme>().map_err(|e| e.to_string())?);
            }
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Value(value) if path.is_none() => {
                path = Some(value.string().map_err(|e| e.to_string())?);
            }
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    Ok((path.ok_or("missing the output path")?, theme))
}

fn main() -> ExitCode {
    let (path, theme) = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("error: {message}");
            eprintln!("{}", USAGE.lines().next().unwrap_or(USAGE));
            return ExitCode::from(2);
        }
    };
    match draw(&path, theme) {
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
