// Browser-rasterized glyphs for Dear ImGui's dynamic font atlas. Web only.
//
// ImGui asks for a glyph the first time it is drawn at a size; we ask the
// browser to measure it and draw it on a 2D canvas, then copy the coverage
// into the atlas. Sizes are ImGui line heights: the em size is chosen so the
// font stack's ascent + descent fills the line, as stb_truetype does.
#include "platform/web/browser_font_loader.h"

#include <imgui_internal.h>

#include <cmath>
#include <cstring>

extern "C" {
void hw_js_font_metrics(int weight, float* out);
void hw_js_glyph_measure(int codepoint, int weight, float emPx, float* out);
void hw_js_glyph_render(int codepoint, int weight, float emPx, int width, int height, float left,
                        float top, unsigned char* dst);
}

namespace hw::web {

namespace {

ImFontLoader g_loader;  // ImGui keeps a pointer to it for the atlas' lifetime

struct FontSource {
  int weight;
};

struct BakedData {
  float emLayout;  // CSS em size at density 1
  float density;   // device pixels per CSS pixel for this bake
};

int weightOf(const ImFontConfig* src) {
  return static_cast<const FontSource*>(src->FontData)->weight;
}

bool fontSrcInit(ImFontAtlas*, ImFontConfig*) { return true; }
void fontSrcDestroy(ImFontAtlas*, ImFontConfig*) {}
// The browser falls back through its fonts, so every code point is "there".
bool fontSrcContainsGlyph(ImFontAtlas*, ImFontConfig*, ImWchar) { return true; }

bool fontBakedInit(ImFontAtlas*, ImFontConfig* src, ImFontBaked* baked, void* loaderData) {
  float metrics[2] = {0, 0};
  hw_js_font_metrics(weightOf(src), metrics);
  const float lineAt100 = metrics[0] + metrics[1];
  auto* data = static_cast<BakedData*>(loaderData);
  data->emLayout = baked->Size * 100.0f / (lineAt100 > 0 ? lineAt100 : 120.0f);
  data->density = src->RasterizerDensity * baked->RasterizerDensity;
  if (!src->MergeMode) {
    baked->Ascent = std::ceil(metrics[0] / 100.0f * data->emLayout);
    baked->Descent = std::floor(-metrics[1] / 100.0f * data->emLayout);
  }
  return true;
}

void fontBakedDestroy(ImFontAtlas*, ImFontConfig*, ImFontBaked*, void*) {}

bool fontBakedLoadGlyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked,
                        void* loaderData, ImWchar codepoint, ImFontGlyph* outGlyph,
                        float* outAdvanceX) {
  const auto* data = static_cast<const BakedData*>(loaderData);
  const int weight = weightOf(src);
  const float emRaster = data->emLayout * data->density;
  float box[5] = {0, 0, 0, 0, 0};  // advance, left, top, width, height (device px)
  hw_js_glyph_measure(static_cast<int>(codepoint), weight, emRaster, box);
  // Whole device pixels: every glyph then starts on a pixel of the screen
  // and the atlas' texels map 1:1 onto it. A fractional advance would put
  // every other glyph between pixels, and the linear texture filter would
  // blur it (as the browser itself snaps glyphs when hinting).
  const float advance = std::round(box[0]) / data->density;
  if (outAdvanceX) {
    *outAdvanceX = advance;
    return true;
  }
  outGlyph->Codepoint = codepoint;
  outGlyph->AdvanceX = advance;
  const int width = static_cast<int>(box[3]);
  const int height = static_cast<int>(box[4]);
  if (width <= 0 || height <= 0) return true;  // a space: advance only

  const ImFontAtlasRectId packId = ImFontAtlasPackAddRect(atlas, width, height);
  if (packId == ImFontAtlasRectId_Invalid) return false;
  ImTextureRect* rect = ImFontAtlasPackGetRect(atlas, packId);
  // The atlas' scratch buffer, as ImGui's own stb_truetype loader uses it.
  ImVector<unsigned char>& pixels = atlas->Builder->TempBuffer;
  pixels.resize(width * height);
  hw_js_glyph_render(static_cast<int>(codepoint), weight, emRaster, width, height, box[1], box[2],
                     pixels.Data);

  const float baseline = IM_ROUND(baked->Ascent);
  outGlyph->X0 = -box[1] / data->density;
  outGlyph->Y0 = baseline - box[2] / data->density;
  outGlyph->X1 = outGlyph->X0 + width / data->density;
  outGlyph->Y1 = outGlyph->Y0 + height / data->density;
  outGlyph->Visible = true;
  outGlyph->PackId = packId;
  ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, outGlyph, rect, pixels.Data,
                                     ImTextureFormat_Alpha8, width);
  return true;
}

}  // namespace

int fontFileBytes(const ImFontAtlas* atlas) {
  int bytes = 0;
  for (const ImFontConfig& source : atlas->Sources)
    if (source.FontLoader != &g_loader) bytes += source.FontDataSize;
  return bytes;
}

ImFont* addBrowserFont(ImFontAtlas* atlas, int weight, const char* name) {
  ImFontLoader& loader = g_loader;
  loader.Name = "browser-canvas";
  loader.FontSrcInit = fontSrcInit;
  loader.FontSrcDestroy = fontSrcDestroy;
  loader.FontSrcContainsGlyph = fontSrcContainsGlyph;
  loader.FontBakedInit = fontBakedInit;
  loader.FontBakedDestroy = fontBakedDestroy;
  loader.FontBakedLoadGlyph = fontBakedLoadGlyph;
  loader.FontBakedSrcLoaderDataSize = sizeof(BakedData);

  FontSource source{weight};
  ImFontConfig config;
  config.FontData = &source;  // copied by the atlas
  config.FontDataSize = sizeof(source);
  config.FontDataOwnedByAtlas = false;
  config.FontLoader = &loader;
  std::strncpy(config.Name, name, sizeof(config.Name) - 1);
  return atlas->AddFont(&config);
}

}  // namespace hw::web
