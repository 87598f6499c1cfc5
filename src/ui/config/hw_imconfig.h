// Dear ImGui build configuration for the help widget (IMGUI_USER_CONFIG):
// only what the panel uses, and no file system or OS calls on the web.
#pragma once

#define IMGUI_DISABLE_OBSOLETE_FUNCTIONS
#define IMGUI_DISABLE_DEFAULT_SHELL_FUNCTIONS
#define IMGUI_DISABLE_WIN32_FUNCTIONS

#ifdef __EMSCRIPTEN__
// Glyphs come from the browser's own fonts (browser_font_loader.cpp), so the
// embedded bitmap font and file loading are dead weight in the download.
#define IMGUI_DISABLE_DEFAULT_FONT
#define IMGUI_DISABLE_FILE_FUNCTIONS
#define IMGUI_DISABLE_DEBUG_TOOLS
#endif
